/**
 * Prefixes that make a new word of almost any word, written solid, per language (primary subtag):
 * `антияпонской` is `анти` + `японской`. Hunspell dictionaries list only the common compounds, so a word
 * they do not know is accepted when it is one of these prefixes and a word they know. (The Ukrainian
 * dictionary already lists such compounds: антияпонський, проросійський.)
 */
export const COMPOUND_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  ru: ['анти', 'контр', 'пост', 'про', 'псевдо', 'ультра', 'квази', 'нео'],
  bg: ['анти', 'контра', 'пост', 'про', 'псевдо', 'ултра', 'квази', 'нео'],
  en: ['anti', 'counter', 'non', 'post', 'pro', 'pseudo', 'ultra', 'neo'],
}

/** The shortest rest a prefix is looked through for: `про` + a short word is too often a typo (`простол`). */
export const MIN_REST_LENGTH = 5

/**
 * The words a word may be made of after one of `prefixes` (any letter case): `Антияпонской` →
 * [`японской`]; none when no prefix starts it or the rest is shorter than `MIN_REST_LENGTH`.
 */
export function restsAfterPrefix(word: string, prefixes: readonly string[]): string[] {
  return prefixes
    .filter((prefix) => word.slice(0, prefix.length).toLowerCase() === prefix)
    .map((prefix) => word.slice(prefix.length))
    .filter((rest) => [...rest].length >= MIN_REST_LENGTH)
}
