import { describe, expect, test } from 'vitest'
import { findSpellingDictionary } from './dictionaries'

describe('findSpellingDictionary', () => {
  test('a language with a region takes the regional dictionary when there is one', () => {
    expect(findSpellingDictionary('en-GB')?.id).toBe('en-gb')
    expect(findSpellingDictionary('de-CH')?.id).toBe('de-ch')
  })

  test('otherwise the dictionary of the language', () => {
    expect(findSpellingDictionary('en-US')?.id).toBe('en')
    expect(findSpellingDictionary('en')?.id).toBe('en')
    expect(findSpellingDictionary('de-LI')?.id).toBe('de')
    expect(findSpellingDictionary('sr-Latn-RS')).toBeNull()
    expect(findSpellingDictionary('ru-Cyrl-RU')?.id).toBe('ru')
  })

  test('a language without a Hunspell dictionary on npm has none', () => {
    expect(findSpellingDictionary('ja')).toBeNull()
    expect(findSpellingDictionary('zh-Hans')).toBeNull()
    expect(findSpellingDictionary('fi')).toBeNull()
    expect(findSpellingDictionary('it')).toBeNull()
    expect(findSpellingDictionary('ko')).toBeNull()
  })

  test('each dictionary names its script', () => {
    expect(findSpellingDictionary('ru')?.script).toBe('Cyrillic')
    expect(findSpellingDictionary('el')?.script).toBe('Greek')
  })
})
