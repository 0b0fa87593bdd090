import { describe, expect, test } from 'vitest'
import { endsWithAbbreviation } from './final-abbreviations'

describe('endsWithAbbreviation', () => {
  test('a listed abbreviation of the language, or a run of single letters, ends with its own full stop', () => {
    expect(endsWithAbbreviation('26 апреля 2023 г.', 'ru')).toBe(true)
    expect(endsWithAbbreviation('в XIX в.', 'ru-RU')).toBe(true)
    expect(endsWithAbbreviation('яблоки, груши и т. д.', 'ru')).toBe(true)
    expect(endsWithAbbreviation('Founded by Apple Inc.', 'en')).toBe(true)
    expect(endsWithAbbreviation('at 10 a.m.', 'en')).toBe(true)
    expect(endsWithAbbreviation('Äpfel, Birnen usw.', 'de')).toBe(true)
    expect(endsWithAbbreviation('pommes, poires, etc.', 'fr')).toBe(true)
  })
  test('a word that only ends like an abbreviation, another language’s abbreviation or a doubled dot does not', () => {
    expect(endsWithAbbreviation('Это прог.', 'ru')).toBe(false)
    expect(endsWithAbbreviation('Он ушёл в 2023 году.', 'ru')).toBe(false)
    expect(endsWithAbbreviation('Plan B.', 'en')).toBe(false)
    expect(endsWithAbbreviation('in 1990 г.', 'en')).toBe(false)
    expect(endsWithAbbreviation('26 апреля 2023 г..', 'ru')).toBe(false)
    expect(endsWithAbbreviation('26 апреля 2023 г', 'ru')).toBe(false)
  })
})
