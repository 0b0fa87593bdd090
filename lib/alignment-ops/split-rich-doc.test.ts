import { describe, expect, test } from 'vitest'
import { docToHtml } from '../richtext/doc-to-html'
import { docToText } from '../richtext/doc-to-text'
import type { RichDoc } from '../richtext/types'
import { joinInline } from '@/lib/richtext/join-docs'
import { splitRichDoc } from './split-rich-doc'

const doc: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Визит ' },
        { type: 'text', text: 'был важным. Лидеры', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' встретились', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
        { type: 'text', text: ' во Владивостоке.', marks: [{ type: 'italic' }] },
      ],
    },
  ],
}

describe('splitRichDoc', () => {
  test('cuts a bold run in two and keeps the marks on both sides', () => {
    const offset = docToText(doc).indexOf('Лидеры')
    const [a, b] = splitRichDoc(doc, offset)!
    expect(docToHtml(a)).toBe('<p>Визит <strong>был важным.</strong></p>')
    expect(docToHtml(b)).toBe(
      '<p><strong>Лидеры</strong><a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org"> встретились</a><em> во Владивостоке.</em></p>',
    )
  })

  test('joining the two halves gives the original text back', () => {
    const [a, b] = splitRichDoc(doc, docToText(doc).indexOf('Лидеры'))!
    expect(docToText(joinInline([a, b]))).toBe(docToText(doc))
  })

  test('splits between paragraphs and at a node boundary', () => {
    const two: RichDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'One.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Two.', marks: [{ type: 'bold' }] }] },
      ],
    }
    const [a, b] = splitRichDoc(two, 6)!
    expect(docToHtml(a)).toBe('<p>One.</p>')
    expect(docToHtml(b)).toBe('<p><strong>Two.</strong></p>')
    expect(docToText(splitRichDoc(doc, 6)![1])).toBe('был важным. Лидеры встретились во Владивостоке.')
  })
  test('an offset inside a character (between the halves of an emoji) splits nothing, around it splits', () => {
    const emoji: RichDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Эмодзи 👩 тут' }] }],
    }
    expect(splitRichDoc(emoji, 8)).toBeNull()
    expect(splitRichDoc(emoji, 9)!.map(docToText)).toEqual(['Эмодзи 👩', 'тут'])
    expect(splitRichDoc(emoji, 7)!.map(docToText)).toEqual(['Эмодзи', '👩 тут'])
  })
})
