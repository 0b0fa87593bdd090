import { describe, expect, test } from 'vitest'
import { UI_LOCALES } from './i18n/config'
import { canonicalLanguage, languageFromName, NAME_LOCALES } from './languages'

describe('canonicalLanguage', () => {
  test('canonicalizes real tags', () => {
    expect(canonicalLanguage('pt-br')).toBe('pt-BR')
    expect(canonicalLanguage(' zh-hant ')).toBe('zh-Hant')
    expect(canonicalLanguage('sr-Latn')).toBe('sr-Latn')
    expect(canonicalLanguage('fil')).toBe('fil')
    expect(canonicalLanguage('yue')).toBe('yue')
    expect(canonicalLanguage('en-US')).toBe('en-US')
  })

  test('rejects tags whose language is unknown', () => {
    expect(canonicalLanguage('zz')).toBeNull()
    expect(canonicalLanguage('zz-ZZ')).toBeNull()
    expect(canonicalLanguage('und')).toBeNull()
    expect(canonicalLanguage('abcde')).toBeNull()
    expect(canonicalLanguage('not a tag!')).toBeNull()
    expect(canonicalLanguage('')).toBeNull()
  })

  test('turns a language typed by name into its code instead of storing the name', () => {
    expect(canonicalLanguage('spanish')).toBe('es')
    expect(canonicalLanguage('Spanish')).toBe('es')
    expect(canonicalLanguage('испанский')).toBe('es')
    expect(canonicalLanguage('스페인어')).toBe('es')
    expect(canonicalLanguage('Brazilian Portuguese')).toBe('pt-BR')
    expect(canonicalLanguage('Klingonish')).toBeNull()
  })
})

describe('languageFromName', () => {
  test('matches whole names only, in any case', () => {
    expect(languageFromName('  RUSSIAN ')).toBe('ru')
    expect(languageFromName('Russ')).toBeNull()
  })

  test('reads names in every UI language', () => {
    expect([...NAME_LOCALES]).toEqual([...UI_LOCALES])
  })
})
