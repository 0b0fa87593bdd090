import { describe, expect, test } from 'vitest'
import { findNumbers } from './find-numbers'

const values = (text: string, lang: string) => findNumbers(text, lang).map((n) => n.value)

describe('findNumbers', () => {
  test('reads the same value from each locale format', () => {
    expect(values('1,000.5 km', 'en')).toEqual(['1000.5'])
    expect(values('1 000,5 км', 'ru')).toEqual(['1000.5'])
    expect(values('1\u00a0000,5 км', 'ru')).toEqual(['1000.5'])
    expect(values('1.000,5 km', 'de')).toEqual(['1000.5'])
    expect(values("1'000.5 km", 'de-CH')).toEqual(['1000.5'])
    expect(values('١٬٠٠٠٫٥ كم', 'ar')).toEqual(['1000.5'])
    expect(values('１，０００円', 'ja')).toEqual(['1000'])
  })
  test('a lone separator before three digits follows the language', () => {
    expect(values('1,000', 'en')).toEqual(['1000'])
    expect(values('1,000', 'ru')).toEqual(['1'])
    expect(values('1.000', 'de')).toEqual(['1000'])
    expect(values('3.14 and 3,14', 'en')).toEqual(['3.14', '3.14'])
  })
  test('keeps separate numbers apart and gives their positions', () => {
    expect(findNumbers('In 2019 12 people, 10-20 km.', 'en')).toEqual([
      { value: '2019', start: 3, end: 7 },
      { value: '12', start: 8, end: 10 },
      { value: '10', start: 19, end: 21 },
      { value: '20', start: 22, end: 24 },
    ])
    expect(values('version 1.2.3', 'en')).toEqual(['1', '2', '3'])
    expect(values('1,00,000 rupees', 'hi')).toEqual(['100000'])
  })
  test('text without digits has no numbers', () => {
    expect(values('사과 세 개', 'ko')).toEqual([])
  })
})
