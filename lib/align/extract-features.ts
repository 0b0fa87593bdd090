import { foldSpelling, transliterate } from './transliterate'

/** Kinds of anchor that survive translation; each has its own estimated match probability. */
export const TOKEN_CLASSES = [
  'number',
  'digit',
  'question',
  'exclamation',
  'quote',
  'bracket',
  'url',
  'word',
  // The consonants of a word (its first letter kept): names and cognates spelled with other vowels,
  // "Denmark"/"Danmörk", "Greenland"/"Grænland", that the prefixes miss.
  'consonants',
  'glossary',
  // Pairs of the dictionary learned from the document itself (learn-lexicon.ts), added after a first pass.
  'lexicon',
] as const
export type TokenClass = (typeof TOKEN_CLASSES)[number]

export type SegmentFeatures = {
  /** Characters other than whitespace. */
  length: number
  /** Distinct anchor tokens, written `<class index>:<value>`. */
  tokens: string[]
}

export const CLASS_INDEX = Object.fromEntries(TOKEN_CLASSES.map((name, index) => [name, index])) as Record<
  TokenClass,
  number
>

/** The class of a token made by `extractFeatures`. */
export function tokenClassIndex(token: string): number {
  return token.charCodeAt(0) - 48
}

const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+\.[\w.-]+/giu
const DIGIT_RUN = /\p{Nd}+/gu
const WORD = /[\p{L}\p{M}]+/gu
const PUNCTUATION: Array<[TokenClass, RegExp]> = [
  ['question', /[?？¿؟]/u],
  ['exclamation', /[!！¡]/u],
  ['quote', /["“”„«»「」『』‹›]/u],
  ['bracket', /[()（）[\]【】]/u],
]

function digitValue(char: string): string {
  const code = char.codePointAt(0) ?? 48
  // Nd blocks start at a code point ending in 0 (ASCII 0x30, Arabic-Indic 0x660, Devanagari 0x966, ...).
  const zeros = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10]
  const zero = zeros.find((start) => code >= start && code < start + 10)
  return zero === undefined ? char : String(code - zero)
}

function token(kind: TokenClass, value: string): string {
  return `${CLASS_INDEX[kind]}:${value}`
}

const VOWELS = /[aeiouy]+/g

function addWordTokens(word: string, tokens: Set<string>): void {
  if (word.length >= 2 && word.length <= 5 && /^\p{Lu}+$/u.test(word)) {
    tokens.add(token('word', word.toLowerCase()))
    return
  }
  const folded = foldSpelling(transliterate(word))
  if (folded.length < 4) return
  tokens.add(token('word', folded.slice(0, 4)))
  const consonants = (folded[0]! + folded.slice(1).replace(VOWELS, '')).replace(/(.)\1+/g, '$1')
  if (consonants.length >= 4 && /^\p{Lu}/u.test(word)) tokens.add(token('consonants', consonants.slice(0, 4)))
}

/** Length and anchor tokens (numbers, punctuation, URLs, cognate prefixes, glossary terms) of a segment. */
export function extractFeatures(segment: string, glossaryTerms: string[] = []): SegmentFeatures {
  const text = segment.normalize('NFKC')
  const tokens = new Set<string>()
  const urls = text.match(URL_PATTERN) ?? []
  for (const url of urls) tokens.add(token('url', url.toLowerCase().replace(/[.,;:!?)]+$/, '')))
  const rest = urls.length > 0 ? text.replace(URL_PATTERN, ' ') : text
  for (const run of rest.match(DIGIT_RUN) ?? []) {
    const digits = [...run]
      .map(digitValue)
      .join('')
      .replace(/^0+(?=\d)/, '')
    tokens.add(token(digits.length === 1 ? 'digit' : 'number', digits))
  }
  for (const [kind, pattern] of PUNCTUATION) if (pattern.test(rest)) tokens.add(token(kind, ''))
  for (const word of rest.match(WORD) ?? []) addWordTokens(word, tokens)
  if (glossaryTerms.length > 0) {
    const lower = text.toLowerCase()
    glossaryTerms.forEach((term, index) => {
      if (term !== '' && lower.includes(term)) tokens.add(token('glossary', String(index)))
    })
  }
  return { length: text.replace(/\s+/gu, '').length, tokens: [...tokens] }
}

/** Lowercased, NFKC-normalised glossary terms for one side, in glossary order. */
export function normalizeGlossarySide(glossary: Array<[string, string]>, side: 0 | 1): string[] {
  return glossary.map((pair) => pair[side].normalize('NFKC').toLowerCase().trim())
}
