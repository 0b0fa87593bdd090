import { newStemmer, type Stemmer } from 'snowball-stemmers'

/**
 * How terms of a language are found: `stem` (a Snowball stemmer: words compared by their stems, so
 * inflected forms match), `substring` (Korean, Chinese, Japanese and other scripts written without
 * spaces or with particles glued to words: the folded term anywhere in the text), or `word` (other
 * languages: whole words, compared folded, without inflection).
 */
export type MatchMode = 'stem' | 'substring' | 'word'

/** Snowball algorithm of each primary language subtag that has one. */
const SNOWBALL: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hu: 'hungarian',
  hy: 'armenian',
  it: 'italian',
  nb: 'norwegian',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
}

/** Languages whose words are not separated by spaces, or carry particles glued to them. */
const SUBSTRING_LANGS = new Set(['ko', 'zh', 'ja', 'th', 'lo', 'km', 'my', 'bo'])

const stemmers = new Map<string, Stemmer>()

function primary(lang: string): string {
  return lang.split('-')[0]!.toLowerCase()
}

/** How terms of the language are found (see `MatchMode`). */
export function matchModeOf(lang: string): MatchMode {
  const base = primary(lang)
  if (SNOWBALL[base]) return 'stem'
  return SUBSTRING_LANGS.has(base) ? 'substring' : 'word'
}

/** The folded form words and terms are compared in: NFC, lowercased for the language, ё read as е. */
export function foldWord(word: string, lang: string): string {
  return word.normalize('NFC').toLocaleLowerCase(primary(lang)).replace(/ё/g, 'е')
}

/** The key a word is compared by in the language: its Snowball stem, or the folded word without one. */
export function wordKey(word: string, lang: string): string {
  const folded = foldWord(word, lang)
  const algorithm = SNOWBALL[primary(lang)]
  if (!algorithm) return folded
  let stemmer = stemmers.get(algorithm)
  if (!stemmer) stemmers.set(algorithm, (stemmer = newStemmer(algorithm)))
  return stemmer.stem(folded)
}

export type Word = { key: string; start: number; end: number }

// Letters, marks and digits; anything else (spaces, punctuation, apostrophes, hyphens) separates words,
// so "l'ordinateur" holds "ordinateur" and "e-mail" is read the same in a term and in a text.
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** The words of a text with their keys in the language and their offsets. */
export function wordsOf(text: string, lang: string): Word[] {
  const words: Word[] = []
  for (const found of text.matchAll(WORD))
    words.push({ key: wordKey(found[0], lang), start: found.index, end: found.index + found[0].length })
  return words
}
