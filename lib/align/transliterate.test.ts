import { describe, expect, test } from 'vitest'
import { foldSpelling, transliterate } from './transliterate'

describe('transliterate', () => {
  test('brings Latin, Cyrillic, Greek and Hangul to one Latin form', () => {
    expect(transliterate('Zürich')).toBe('zurich')
    expect(transliterate('Þingvellir')).toBe('thingvellir')
    expect(transliterate('Москва')).toBe('moskva')
    expect(transliterate('Αθήνα')).toBe('athina')
    expect(transliterate('서울')).toBe('seoul')
  })

  test('drops scripts it has no table for', () => {
    expect(transliterate('北京')).toBe('')
  })
})

describe('foldSpelling', () => {
  test('makes common spelling variants meet', () => {
    expect(foldSpelling('philosophy')).toBe(foldSpelling('filosofi'))
    expect(foldSpelling(transliterate('Кафка'))).toBe(foldSpelling('kafka'))
  })
})
