import { describe, expect, test } from 'vitest'
import { countSimpleWords } from './simple-word-count'

const WORDS = new Intl.Segmenter('und', { granularity: 'word' })

function segmenterCount(text: string): number {
  let count = 0
  for (const part of WORDS.segment(text)) if (part.isWordLike) count++
  return count
}

/** One character of every kind the count knows, and a few it does not. */
const ALPHABET = [...'aZéßÿªāяЁ한1 0.\'’‘,;:·-!"()\n\t«»—…\u00a0/@#_']

describe('countSimpleWords', () => {
  test('counts as Intl.Segmenter does every string of up to three characters of Latin, Cyrillic, Hangul, digits and punctuation', () => {
    const differ: string[] = []
    const check = (text: string) => {
      const count = countSimpleWords(text)
      if (count !== undefined && count !== segmenterCount(text)) differ.push(text)
    }
    for (const a of ALPHABET) {
      check(a)
      for (const b of ALPHABET) {
        check(a + b)
        for (const c of ALPHABET) check(a + b + c)
      }
    }
    expect(differ).toEqual([])
  })

  test('every character it knows joins and separates words as Intl.Segmenter says', () => {
    const differ: string[] = []
    for (let code = 0; code < 0xe000; code++) {
      const c = String.fromCharCode(code)
      if (countSimpleWords(c) === undefined) continue
      for (const text of [c, `a${c}a`, `1${c}1`, `한${c}한`, `${c}${c}`, `я${c}`, `${c}5`]) {
        const count = countSimpleWords(text)
        if (count !== undefined && count !== segmenterCount(text)) differ.push(text)
      }
    }
    expect(differ).toEqual([])
  })

  test('counts sentences as translators count them', () => {
    const sentence = "Don't stop: e.g. 3.14 and 1,000 — «слово» „да“… 번역 12 문단 본문."
    expect(countSimpleWords(sentence)).toBe(12)
    expect(segmenterCount(sentence)).toBe(12)
    expect(countSimpleWords('')).toBe(0)
  })

  test('leaves text with other characters to the segmenter', () => {
    for (const text of ['漢字', 'カタカナ', 'ภาษาไทย', 'עברית', 'e\u0301', 'snake_case', '👍'])
      expect(countSimpleWords(text)).toBeUndefined()
  })
})
