import { canonicalLangTag } from './formats/lang-tag'

/** Languages offered in the language picker (any BCP 47 tag of a language ICU knows is accepted too). */
export const COMMON_LANGUAGES = [
  'af',
  'am',
  'ar',
  'az',
  'be',
  'bg',
  'bn',
  'bs',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fa',
  'fi',
  'fil',
  'fr',
  'ga',
  'gl',
  'gu',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ja',
  'ka',
  'kk',
  'km',
  'kn',
  'ko',
  'ky',
  'lo',
  'lt',
  'lv',
  'mk',
  'ml',
  'mn',
  'mr',
  'ms',
  'my',
  'nb',
  'ne',
  'nl',
  'pa',
  'pl',
  'ps',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'si',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'tg',
  'th',
  'tk',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'yi',
  'zh-Hans',
  'zh-Hant',
  'zu',
] as const

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku-Arab', 'ps', 'sd', 'ug', 'ur', 'yi'])
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr'])

/**
 * Locales whose language names are understood as input ("Spanish", "스페인어", "испанский"): the UI
 * languages of lib/i18n/config, spelled out here so this module stays free of the i18n resources.
 */
export const NAME_LOCALES = ['en', 'ko', 'ru'] as const

/** True when the primary language subtag is a language ICU knows: `pt`, `fil`, `yue`, not `zz` or `spanish`. */
function isKnownLanguage(tag: string): boolean {
  const primary = tag.split('-')[0]?.toLowerCase() ?? ''
  // 5-8 letter primary subtags are reserved for future registration; none is a language yet.
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und') return false
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(primary) !== undefined
  } catch {
    return false
  }
}

const normalizeName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

let namesIndex: Map<string, Set<string>> | null = null

/** Every name of every common language in the name locales, both "Brazilian Portuguese" and "Portuguese (Brazil)". */
function languageNames(): Map<string, Set<string>> {
  if (namesIndex) return namesIndex
  const index = new Map<string, Set<string>>()
  for (const locale of NAME_LOCALES) {
    for (const languageDisplay of ['dialect', 'standard'] as const) {
      const names = new Intl.DisplayNames([locale], { type: 'language', languageDisplay, fallback: 'none' })
      for (const tag of COMMON_LANGUAGES) {
        const name = names.of(tag)
        if (!name) continue
        const key = normalizeName(name)
        index.set(key, (index.get(key) ?? new Set()).add(tag))
      }
    }
  }
  return (namesIndex = index)
}

/** The code of the one common language with this name (any case), or null when none or several match. */
export function languageFromName(name: string): string | null {
  const tags = languageNames().get(normalizeName(name))
  return tags?.size === 1 ? ([...tags][0] ?? null) : null
}

/**
 * Canonical BCP 47 form of a tag (`pt-br` → `pt-BR`), or the code of a language typed by name in
 * English or a UI language (`Spanish` → `es`); null when it is neither, or its language is unknown (`zz`).
 */
export function canonicalLanguage(tag: string): string | null {
  const canonical = canonicalLangTag(tag)
  if (canonical && isKnownLanguage(canonical)) return canonical
  return languageFromName(tag)
}

/** Script direction of a language, from its script subtag or its usual script. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag).maximize()
    if (locale.script && RTL_SCRIPTS.has(locale.script)) return 'rtl'
    if (locale.script) return 'ltr'
  } catch {
    return 'ltr'
  }
  return RTL_LANGUAGES.has(tag.split('-')[0] ?? '') ? 'rtl' : 'ltr'
}

/** A language's name in the given UI locale ("Russian", "러시아어", "русский"). */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}
