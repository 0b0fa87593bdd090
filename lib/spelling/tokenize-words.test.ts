import { describe, expect, test } from 'vitest'
import { tokenizeWords } from './tokenize-words'

const words = (text: string) => tokenizeWords(text).map((t) => t.word)

describe('tokenizeWords', () => {
  test('gives each word with its offsets into the text', () => {
    expect(tokenizeWords('Hello, wrold!')).toEqual([
      { word: 'Hello', start: 0, end: 5 },
      { word: 'wrold', start: 7, end: 12 },
    ])
  })

  test('keeps inner apostrophes and hyphens, not outer ones', () => {
    expect(words("don't l’homme Jean-Paul 'quoted' -dash-")).toEqual([
      "don't",
      'l’homme',
      'Jean-Paul',
      'quoted',
      'dash',
    ])
  })

  test('reads Cyrillic, Greek, Hangul and letters with combining marks', () => {
    expect(words('Привет, мир. Καλημέρα 안녕하세요 cafe\u0301')).toEqual([
      'Привет',
      'мир',
      'Καλημέρα',
      '안녕하세요',
      'cafe\u0301',
    ])
  })

  test('leaves out numbers, words with digits, one letter and acronyms in capitals', () => {
    expect(words('In 2024 the A4 page, MP3s, NATO and ООН x y')).toEqual(['In', 'the', 'page', 'and'])
  })

  test('leaves out URLs, e-mail addresses, placeholders and inline code', () => {
    const text = 'See https://exmaple.com/pathh?q=1 or www.foo.bar, mail jdoe@exmaple.com ⟦tag1⟧ `cnst` here'
    expect(words(text)).toEqual(['See', 'or', 'mail', 'here'])
  })

  test('offsets count UTF-16 units, so they index the string as JavaScript does', () => {
    const text = '😀 Ёлка'
    const [token] = tokenizeWords(text)
    expect(token).toBeDefined()
    expect(text.slice(token!.start, token!.end)).toBe('Ёлка')
  })

  test('an empty text has no words', () => {
    expect(tokenizeWords('')).toEqual([])
  })
})
