import { primaryLang } from './lang'

/**
 * Abbreviations that often end a sentence, per language (primary subtag; `default` for all): their full
 * stop is then the sentence's too, one dot for both ("…26 апреля 2023 г.", "…and so on, etc."). Written as
 * they are spelled, without the last full stop; an inner full stop may be followed by a space ("т. д.").
 * Runs of single letters with full stops ("т. д.", "a.m.", "U.S.") are abbreviations in every language.
 */
export const FINAL_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  default: ['etc'],
  en: ['Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Jr', 'Sr', 'Esq'],
  de: ['usw', 'Chr', 'Jh', 'Jhd', 'Mio', 'Mrd', 'Tsd', 'ff'],
  fr: ['J.-C', 'Cie'],
  es: ['Cía', 'ss'],
  ru: ['г', 'гг', 'в', 'вв', 'др', 'пр', 'руб', 'коп', 'тыс', 'млн', 'млрд', 'трлн', 'долл'],
  uk: ['р', 'рр', 'ст', 'ін', 'грн', 'коп', 'тис', 'млн', 'млрд', 'трлн', 'дол'],
  bg: ['г', 'в', 'вв', 'др', 'лв', 'хил', 'млн', 'млрд'],
}

const SINGLE_LETTERS = /(?<![\p{L}\p{N}\p{M}])(?:\p{L}\.\s?)+\p{L}$/u
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** Whether the full stop at the end of `text` (closing quotes and brackets already taken off) ends an abbreviation of its language. */
export function endsWithAbbreviation(text: string, lang: string): boolean {
  if (!text.endsWith('.') || text.endsWith('..')) return false
  const body = text.slice(0, -1)
  if (SINGLE_LETTERS.test(body)) return true
  const tail = body.slice(-24).replace(/\.\s/gu, '.')
  const words = [...(FINAL_ABBREVIATIONS.default ?? []), ...(FINAL_ABBREVIATIONS[primaryLang(lang)] ?? [])]
  return words.some((word) => tail.endsWith(word) && !WORD_CHAR.test(tail[tail.length - word.length - 1] ?? ''))
}
