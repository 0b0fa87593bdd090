import { COMPOUND_PREFIXES } from './compound-prefixes'

/** The writing system of a dictionary's words: words in another script are not checked against it. */
export type SpellingScript = 'Latin' | 'Cyrillic' | 'Greek'

/**
 * A Hunspell dictionary on npm (`dictionary-<id>`), the script its words are written in, and the prefixes
 * its language makes new words with (`COMPOUND_PREFIXES`).
 */
export type SpellingDictionary = { id: string; script: SpellingScript; prefixes: readonly string[] }

const dictionary = (id: string, script: SpellingScript): SpellingDictionary => ({
  id,
  script,
  prefixes: COMPOUND_PREFIXES[id.split('-')[0] ?? ''] ?? [],
})
const latin = (id: string) => dictionary(id, 'Latin')
const cyrillic = (id: string) => dictionary(id, 'Cyrillic')

/**
 * The dictionaries installed, by the language tag (or language-region tag) they serve. `dictionary-en`
 * is American English. Catalan, Estonian, Hungarian, Italian, Latvian, Lithuanian and Portuguese are
 * left out (nspell takes over two minutes or 4 GB to load them), and Korean (nspell accepts misspelled words with it): docs/spelling.md.
 */
export const SPELLING_DICTIONARIES: Readonly<Record<string, SpellingDictionary>> = {
  bg: cyrillic('bg'),
  cs: latin('cs'),
  da: latin('da'),
  de: latin('de'),
  'de-AT': latin('de-at'),
  'de-CH': latin('de-ch'),
  el: dictionary('el', 'Greek'),
  en: latin('en'),
  'en-AU': latin('en-au'),
  'en-CA': latin('en-ca'),
  'en-GB': latin('en-gb'),
  'en-ZA': latin('en-za'),
  es: latin('es'),
  fr: latin('fr'),
  nl: latin('nl'),
  pl: latin('pl'),
  ro: latin('ro'),
  ru: cyrillic('ru'),
  sk: latin('sk'),
  sv: latin('sv'),
  tr: latin('tr'),
  uk: cyrillic('uk'),
  vi: latin('vi'),
}

/**
 * The dictionary for a BCP 47 tag: the one of its language and region (`en-GB`), else the one of its
 * language (`en-US` → `en`, `de-LI` → `de`), else null (no spelling check in that language).
 */
export function findSpellingDictionary(lang: string): SpellingDictionary | null {
  const parts = lang.split('-')
  const language = (parts[0] ?? '').toLowerCase()
  const region = parts.slice(1).find((p) => /^([A-Za-z]{2}|\d{3})$/.test(p))
  if (region) {
    const regional = SPELLING_DICTIONARIES[`${language}-${region.toUpperCase()}`]
    if (regional) return regional
  }
  return SPELLING_DICTIONARIES[language] ?? null
}
