import { createInstance } from 'i18next'
import { describe, expect, test } from 'vitest'
import { RESOURCES } from './config'
import { messageParams } from './message-params'

async function translate(locale: string, key: string, details: Record<string, unknown>): Promise<string> {
  const i18n = createInstance()
  await i18n.init({ lng: locale, resources: RESOURCES, interpolation: { escapeValue: false } })
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string
  return t(key, messageParams(details, locale))
}

describe('messageParams', () => {
  test('a size limit becomes a size in the UI language', () => {
    expect(messageParams({ maxBytes: 5 * 1024 * 1024 }, 'en')).toEqual({ maxBytes: 5 * 1024 * 1024, size: '5 MB' })
    expect(messageParams({ maxBytes: '1024' }, 'ru')).toMatchObject({ size: '1 кБ' })
    expect(messageParams({ maxBytes: 'many' }, 'en')).not.toHaveProperty('size')
  })

  test('a language code gets its name and a list of codes a list of names, in the UI language', () => {
    expect(messageParams({ lang: 'ru', langs: ['en', 'ko'] }, 'en')).toEqual({
      lang: 'ru',
      langs: ['en', 'ko'],
      language: 'Russian',
      languages: 'English and Korean',
    })
    expect(messageParams({ lang: 'de', langs: ['en', 'ru'] }, 'ru')).toMatchObject({
      language: 'немецкий',
      languages: 'английский и русский',
    })
    expect(messageParams({ lang: 'not a tag' }, 'en')).toMatchObject({ language: 'not a tag' })
  })

  test('a string of languages is left as it is', () => {
    expect(messageParams({ langs: 'en, ru' }, 'en')).toEqual({ langs: 'en, ru' })
  })
})

describe('error messages about languages', () => {
  test('an existing translation is named by its language, not its code', async () => {
    expect(await translate('en', 'errors.translation.exists', { lang: 'ru' })).toBe(
      'This document already has a translation into Russian.',
    )
    expect(await translate('ko', 'errors.translation.exists', { lang: 'ru' })).toContain('러시아어')
    expect(await translate('ru', 'errors.translation.exists', { lang: 'ru' })).toContain('русский')
  })

  test('a TMX without the chosen language names it and the languages the file has', async () => {
    const details = { lang: 'de', langs: ['en', 'ru'] }
    expect(await translate('en', 'errors.import.noTextInLanguage', details)).toBe(
      'The file has no German (de) text; it has English and Russian.',
    )
    expect(await translate('ru', 'errors.import.noTextInLanguage', details)).toContain('английский и русский')
    expect(await translate('ko', 'errors.import.noTextInLanguage', details)).toContain('독일어(de)')
  })
})
