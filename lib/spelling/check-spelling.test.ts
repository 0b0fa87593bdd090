import { describe, expect, test, vi } from 'vitest'
import { checkSpelling, MAX_SUGGESTED_WORD_LENGTH } from './check-spelling'
import type { Speller } from './types'

/** A dictionary of a few words; it suggests the known words of the same first letter. */
function wordList(...known: string[]): Speller & { suggested: string[] } {
  const suggested: string[] = []
  return {
    suggested,
    correct: (word) => known.includes(word),
    suggest: (word) => {
      suggested.push(word)
      return known.filter((k) => k[0] === word[0])
    },
  }
}
const none = new Set<string>()

describe('checkSpelling', () => {
  test('reports unknown words with offsets and suggestions', () => {
    const speller = wordList('hello', 'world', 'word')
    expect(checkSpelling('hello wrold', speller, { script: 'Latin', projectWords: none })).toEqual([
      { word: 'wrold', start: 6, end: 11, suggestions: ['world', 'word'] },
    ])
  })

  test('the project dictionary accepts words the dictionary does not know', () => {
    const speller = wordList('hello')
    expect(checkSpelling('hello Tiptap', speller, { script: 'Latin', projectWords: new Set(['tiptap']) })).toEqual([])
  })

  test('a word too long for any dictionary is reported without asking for suggestions, whose time grows with its square', () => {
    const speller = wordList('hello')
    const long = 'h'.repeat(MAX_SUGGESTED_WORD_LENGTH + 1)
    const longest = 'h'.repeat(MAX_SUGGESTED_WORD_LENGTH)
    expect(checkSpelling(`${long} ${longest}`, speller, { script: 'Latin', projectWords: none })).toEqual([
      { word: long, start: 0, end: long.length, suggestions: [] },
      { word: longest, start: long.length + 1, end: long.length + 1 + longest.length, suggestions: ['hello'] },
    ])
    expect(speller.suggested).toEqual([longest])
  })

  test('once the time for suggestions is spent, the misspellings that follow come without them', () => {
    let now = 1000
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now)
    try {
      const speller = wordList('hello')
      // Each suggestion takes 600 ms; the budget ends at 2,000.
      const slow = { ...speller, suggest: (word: string) => ((now += 600), speller.suggest(word)) }
      const found = checkSpelling('hx hy hz hw', slow, { script: 'Latin', projectWords: none, suggestUntil: 2000 })
      expect(found.map((m) => [m.word, m.suggestions])).toEqual([
        ['hx', ['hello']],
        ['hy', ['hello']],
        ['hz', []],
        ['hw', []],
      ])
      expect(speller.suggested).toEqual(['hx', 'hy'])
    } finally {
      clock.mockRestore()
    }
  })

  test('words in another script are not checked, nor asked for suggestions', () => {
    const speller = wordList('hello')
    expect(checkSpelling('hello Москва Αθήνα', speller, { script: 'Latin', projectWords: none })).toEqual([])
    expect(speller.suggested).toEqual([])
  })

  test('a word mixing letters of two scripts is reported, without suggestions', () => {
    const speller = wordList('документ')
    expect(checkSpelling('документ докумeнт', speller, { script: 'Cyrillic', projectWords: none })).toEqual([
      { word: 'докумeнт', start: 9, end: 17, suggestions: [] },
    ])
    expect(speller.suggested).toEqual([])
  })

  test('a word made of a prefix of the language and a known word is known; other words with the prefix are not', () => {
    const speller = wordList('японской', 'стол')
    const options = { script: 'Cyrillic' as const, projectWords: none, prefixes: ['анти', 'про'] }
    expect(checkSpelling('Антияпонской антияпонской', speller, options)).toEqual([])
    expect(checkSpelling('антиипонской простол', speller, options).map((m) => m.word)).toEqual([
      'антиипонской',
      'простол',
    ])
    expect(checkSpelling('антияпонской', speller, { ...options, prefixes: [] }).map((m) => m.word)).toEqual([
      'антияпонской',
    ])
  })

  test('the rest after a prefix may be a word of the project dictionary', () => {
    const speller = wordList()
    const options = { script: 'Cyrillic' as const, projectWords: new Set(['типтаповский']), prefixes: ['анти'] }
    expect(checkSpelling('антитиптаповский', speller, options)).toEqual([])
  })

  test('a hyphenated word with an acronym in another script is checked by its other parts', () => {
    const speller = wordList('отдел')
    expect(checkSpelling('IT-отдел PR-атдел', speller, { script: 'Cyrillic', projectWords: none })).toEqual([
      { word: 'атдел', start: 12, end: 17, suggestions: [] },
    ])
  })

  test('a hyphenated word unknown as a whole reports only its unknown parts', () => {
    const speller = wordList('well', 'known')
    expect(checkSpelling('well-knwon', speller, { script: 'Latin', projectWords: none })).toEqual([
      { word: 'knwon', start: 5, end: 10, suggestions: ['known'] },
    ])
    expect(checkSpelling('well-known', speller, { script: 'Latin', projectWords: none })).toEqual([])
  })

  test('typographic apostrophes and decomposed letters are checked in the form dictionaries use', () => {
    const speller = wordList("don't", 'café')
    expect(checkSpelling('don’t cafe\u0301', speller, { script: 'Latin', projectWords: none })).toEqual([])
  })

  test('at most five suggestions', () => {
    const speller = wordList('aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag')
    const [found] = checkSpelling('azz', speller, { script: 'Latin', projectWords: none })
    expect(found?.suggestions).toHaveLength(5)
  })

  test('only the first misspellings of a text get suggestions', () => {
    const speller = wordList('aa')
    const found = checkSpelling('ab ac ad', speller, { script: 'Latin', projectWords: none, suggestFor: 2 })
    expect(found.map((m) => m.suggestions)).toEqual([['aa'], ['aa'], []])
    expect(speller.suggested).toEqual(['ab', 'ac'])
  })
})
