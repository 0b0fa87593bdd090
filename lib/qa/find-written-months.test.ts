import { describe, expect, test } from 'vitest'
import { findWrittenMonths } from './find-written-months'
import { monthOf } from './month-names'

const months = (text: string, lang: string) => findWrittenMonths(text, lang).map((n) => n.value)

describe('findWrittenMonths', () => {
  test('reads a month name next to a day or a year as its number, with its place', () => {
    expect(findWrittenMonths('On 5 March 2024.', 'en')).toEqual([{ value: '3', start: 5, end: 10 }])
    expect(months('March 5, 2024', 'en')).toEqual(['3'])
    expect(months('Jan. 5 and 3rd of Sept', 'en')).toEqual(['1', '9'])
    expect(months('am 5. März 2024', 'de')).toEqual(['3'])
    expect(months('le 1er août 2024', 'fr')).toEqual(['8'])
    expect(months('el 5 de marzo de 2024', 'es')).toEqual(['3'])
    expect(months('il 5 marzo 2024', 'it')).toEqual(['3'])
    expect(months('5 марта 2024 г., 5-го мая, в декабре 2023 года', 'ru')).toEqual(['3', '5', '12'])
    expect(months('5 березня 2024 р.', 'uk')).toEqual(['3'])
  })
  test('a month name without a day or year beside it is a word, not a date', () => {
    expect(months('You may go in March.', 'en')).toEqual([])
    expect(months('La planète Mars a 2 lunes.', 'fr')).toEqual([])
    expect(months('В марте было 5 дождливых дней.', 'ru')).toEqual([])
  })
  test('names are looked up in the language of the text only', () => {
    expect(monthOf('März', 'de-AT')).toBe(3)
    expect(monthOf('März', 'en')).toBeNull()
    expect(monthOf('СЕНТЯБРЯ', 'ru')).toBe(9)
    expect(months('3월 5일', 'ko')).toEqual([])
  })
})
