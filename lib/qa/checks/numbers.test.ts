import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkNumbers } from './numbers'

describe('checkNumbers', () => {
  test('the same numbers in each locale format pass', () => {
    expect(checkNumbers(segment('It costs 1,000.5 dollars.', 'Это стоит 1 000,5 доллара.'))).toEqual([])
    expect(
      checkNumbers(segment('It costs 1,000.5 dollars.', 'Es kostet 1.000,5 Dollar.', { targetLang: 'de' })),
    ).toEqual([])
    expect(checkNumbers(segment('3 apples', '사과 3개', { targetLang: 'ko' }))).toEqual([])
    expect(checkNumbers(segment('3 apples', 'りんご３個', { targetLang: 'ja' }))).toEqual([])
    expect(checkNumbers(segment('In 2024, 15 people.', 'في ٢٠٢٤، ١٥ شخصا.', { targetLang: 'ar' }))).toEqual([])
  })
  test('a typo reports the missing and the extra number with their places', () => {
    expect(checkNumbers(segment('In 2024 we had 15 cats.', 'В 2042 году у нас было 15 кошек.'))).toEqual([
      {
        check: 'numbers',
        severity: 'error',
        messageKey: 'numberMissing',
        params: { number: '2024' },
        source: { start: 3, end: 7 },
      },
      {
        check: 'numbers',
        severity: 'error',
        messageKey: 'numberExtra',
        params: { number: '2042' },
        target: { start: 2, end: 6 },
      },
    ])
  })
  test('a decimal written with the source language separator in the target is another number', () => {
    // 1,000 in a Russian target reads as one (the comma is the decimal separator there).
    expect(checkNumbers(segment('1,000 km', '1,000 км')).map((i) => i.messageKey)).toEqual([
      'numberMissing',
      'numberExtra',
    ])
  })
  test('counts repeated numbers', () => {
    expect(checkNumbers(segment('5 and 5', '5 и 5'))).toEqual([])
    expect(checkNumbers(segment('5 and 5', '5', { targetLang: 'zh' })).map((i) => i.messageKey)).toEqual([
      'numberMissing',
    ])
    expect(
      checkNumbers(segment('5개와 5개', '5 and 6', { sourceLang: 'ko', targetLang: 'en' })).map((i) => i.params.number),
    ).toEqual(['5', '6'])
  })
})
