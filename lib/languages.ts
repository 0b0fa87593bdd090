/** Languages offered in the language picker (any valid BCP 47 tag is accepted too). */
export const COMMON_LANGUAGES = [
  'af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'eu',
  'fa', 'fi', 'fil', 'fr', 'ga', 'gl', 'gu', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'is', 'it', 'ja', 'ka', 'kk',
  'km', 'kn', 'ko', 'ky', 'lo', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'my', 'nb', 'ne', 'nl', 'pa', 'pl',
  'ps', 'pt', 'pt-BR', 'ro', 'ru', 'si', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'tk', 'tr',
  'uk', 'ur', 'uz', 'vi', 'yi', 'zh-Hans', 'zh-Hant', 'zu',
] as const

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku-Arab', 'ps', 'sd', 'ug', 'ur', 'yi'])
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr'])

/** Canonical BCP 47 form of a tag, or null when it is not a valid tag. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim())
    return canonical ?? null
  } catch {
    return null
  }
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
