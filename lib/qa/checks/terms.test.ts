import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkTerms } from './terms'

const term = (sourceTerm: string, targetTerm: string, forbidden: string[] = [], start = 0) => ({
  sourceTerm,
  targetTerm,
  forbidden,
  start,
  end: start + sourceTerm.length,
})

describe('checkTerms', () => {
  test('the target term, inflected, passes', () => {
    expect(
      checkTerms(segment('Press the button.', 'Нажмите кнопку.', { terms: [term('button', 'кнопка', [], 10)] })),
    ).toEqual([])
    expect(checkTerms(segment('with the buttons', 'кнопками', { terms: [term('button', 'кнопка')] }))).toEqual([])
    expect(
      checkTerms(segment('Save the file', '파일을 저장하세요', { targetLang: 'ko', terms: [term('file', '파일')] })),
    ).toEqual([])
    expect(
      checkTerms(segment('memory', '翻訳メモリを使う', { targetLang: 'ja', terms: [term('memory', 'メモリ')] })),
    ).toEqual([])
    expect(
      checkTerms(
        segment('the sidebar', 'الشريط الجانبي', { targetLang: 'ar', terms: [term('sidebar', 'الشريط الجانبي')] }),
      ),
    ).toEqual([])
  })
  test('a missing term warns at the source term, a forbidden variant is an error at its place', () => {
    expect(
      checkTerms(
        segment('Press the button.', 'Нажмите клавишу.', { terms: [term('button', 'кнопка', ['клавиша'], 10)] }),
      ),
    ).toEqual([
      {
        check: 'terms',
        severity: 'warning',
        messageKey: 'termMissing',
        params: { term: 'button', expected: 'кнопка' },
        source: { start: 10, end: 16 },
      },
      {
        check: 'terms',
        severity: 'error',
        messageKey: 'termForbidden',
        params: { term: 'button', forbidden: 'клавиша', expected: 'кнопка' },
        target: { start: 8, end: 15 },
      },
    ])
    expect(
      checkTerms(segment('the file', '문서를 저장', { targetLang: 'ko', terms: [term('file', '파일')] })).map(
        (i) => i.messageKey,
      ),
    ).toEqual(['termMissing'])
  })
  test('a longer word with the same start is not the term', () => {
    expect(
      checkTerms(segment('the cat', 'the catastrophe', { targetLang: 'en', terms: [term('cat', 'cat')] })).map(
        (i) => i.messageKey,
      ),
    ).toEqual(['termMissing'])
    expect(
      checkTerms(segment('a key', 'клавиатура', { terms: [term('key', 'клавиша')] })).map((i) => i.messageKey),
    ).toEqual(['termMissing'])
  })
})
