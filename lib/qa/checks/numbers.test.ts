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
  test('a date written out in the target language is the same date as in the source', () => {
    const same: Array<[string, string, string]> = [
      ['The meeting is on 5 March 2024.', 'Встреча состоится 5 марта 2024 г.', 'ru'],
      ['The meeting is on March 5, 2024.', 'Das Treffen ist am 5. März 2024.', 'de'],
      ['The meeting is on 5 March 2024.', 'La réunion a lieu le 5 mars 2024.', 'fr'],
      ['On 1 May 2024.', 'El 1 de mayo de 2024.', 'es'],
      ['On March 5, 2024.', 'Il 5 marzo 2024.', 'it'],
      ['On 05.03.2024.', '5 березня 2024 р.', 'uk'],
      ['On 2024-03-05.', '2024年3月5日に。', 'ja'],
      ['On March 5, 2024.', '2024년 3월 5일에.', 'ko'],
      ['On 5 March 2024.', '2024年3月5日。', 'zh'],
      ['On 5 March 2024.', 'Le 05/03/2024.', 'fr'],
    ]
    for (const [source, target, targetLang] of same)
      expect(checkNumbers(segment(source, target, { targetLang })), `${source} → ${target}`).toEqual([])
    expect(checkNumbers(segment('в марте 2024 года', 'in March 2024', { sourceLang: 'ru', targetLang: 'en' }))).toEqual(
      [],
    )
  })
  test('a wrong day, month or year in a date written out is still reported', () => {
    const report = (source: string, target: string, targetLang: string) =>
      checkNumbers(segment(source, target, { targetLang })).map((i) => [i.messageKey, i.params.number])
    expect(report('On 5 March 2024.', '6 марта 2024 г.', 'ru')).toEqual([
      ['numberMissing', '5'],
      ['numberExtra', '6'],
    ])
    expect(report('On March 5, 2024.', 'Am 5. März 2025.', 'de')).toEqual([
      ['numberMissing', '2024'],
      ['numberExtra', '2025'],
    ])
    expect(report('On 5 March 2024.', 'Le 5 avril 2024.', 'fr')).toEqual([
      ['numberMissing', 'March'],
      ['numberExtra', 'avril'],
    ])
    expect(report('On 2024-03-05.', '2024년 4월 5일', 'ko')).toEqual([
      ['numberMissing', '03'],
      ['numberExtra', '4'],
    ])
    expect(checkNumbers(segment('On 5 March 2024.', 'Le 5 avril 2024.', { targetLang: 'fr' }))).toMatchObject([
      { source: { start: 5, end: 10 } },
      { target: { start: 5, end: 10 } },
    ])
  })
})
