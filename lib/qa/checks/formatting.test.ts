import { describe, expect, test } from 'vitest'
import { textToDoc } from '../../richtext/text-to-doc'
import type { RichDoc, RichInline } from '../../richtext/types'
import { qaText } from '../qa-text'
import { segment } from '../test-input'
import { checkFormatting } from './formatting'

const doc = (...content: RichInline[]): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content }] })
const bold = (text: string): RichInline => ({ type: 'text', text, marks: [{ type: 'bold' }] })
const link = (text: string, href: string): RichInline => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
})
const plain = (text: string): RichInline => ({ type: 'text', text })

function run(source: RichDoc, target: RichDoc, targetLang = 'ru') {
  return checkFormatting(segment(qaText(source), qaText(target), { sourceDoc: source, targetDoc: target, targetLang }))
}

describe('checkFormatting', () => {
  test('the same marks and links pass, wherever they are', () => {
    expect(
      run(
        doc(plain('A '), bold('bold'), plain(' '), link('link', 'https://a.example')),
        doc(link('ссылка', 'https://a.example'), plain(' и '), bold('жирный')),
      ),
    ).toEqual([])
    expect(run(doc(bold('Bold')), doc(bold('굵게'), plain(' 글씨')), 'ko')).toEqual([])
  })
  test('a lost mark and a changed link are reported where they are', () => {
    expect(run(doc(plain('A '), bold('bold'), plain(' word')), doc(plain('Жирное слово')))).toEqual([
      {
        check: 'formatting',
        severity: 'warning',
        messageKey: 'markMissing',
        params: { mark: 'bold', href: '' },
        source: { start: 2, end: 6 },
      },
    ])
    expect(
      run(doc(link('here', 'https://a.example')), doc(link('ここ', 'https://b.example')), 'ja').map(
        (i) => i.messageKey,
      ),
    ).toEqual(['linkMissing', 'linkExtra'])
  })
  test('an extra mark in the target, counted per run', () => {
    expect(
      run(doc(bold('one'), plain(' two')), doc(bold('واحد'), plain(' '), bold('اثنان')), 'ar').map((i) => [
        i.messageKey,
        i.target,
      ]),
    ).toEqual([['markExtra', { start: 5, end: 10 }]])
  })
  test('without rich docs or with an empty target nothing is said', () => {
    expect(checkFormatting(segment('A', 'Б'))).toEqual([])
    expect(run(doc(bold('A')), textToDoc(''))).toEqual([])
  })
})
