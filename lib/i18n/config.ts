import en from './locales/en.json'
import ko from './locales/ko.json'
import ru from './locales/ru.json'

export const UI_LOCALES = ['en', 'ko', 'ru'] as const
export type UiLocale = (typeof UI_LOCALES)[number]
export const DEFAULT_LOCALE: UiLocale = 'en'
export const LOCALE_COOKIE = 'parallel-locale'
export const RESOURCES = { en: { translation: en }, ko: { translation: ko }, ru: { translation: ru } } as const

/** The supported UI locale closest to a cookie value or Accept-Language header. */
export function pickLocale(...candidates: Array<string | undefined | null>): UiLocale {
  for (const candidate of candidates) {
    for (const part of (candidate ?? '').split(',')) {
      const base = part.trim().split(';')[0]?.split('-')[0]?.toLowerCase()
      const found = UI_LOCALES.find((l) => l === base)
      if (found) return found
    }
  }
  return DEFAULT_LOCALE
}
