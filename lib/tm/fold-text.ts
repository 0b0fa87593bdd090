/** How a search compares letters; ё/е and Unicode normal forms are always folded. */
export type FoldOptions = { ignoreCase?: boolean; ignoreDiacritics?: boolean }

/** A folded text and, for each of its UTF-16 units, the span of the original text it comes from. */
export type FoldedText = { text: string; starts: number[]; ends: number[] }

const MARKS = /\p{M}/gu
const YO = /[ёЁ]/g
const FINAL_SIGMA = /ς/g

/** Text as stored and compared for identity: NFC, whitespace runs as one space, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** One code point folded: compatibility-decomposed, then without marks and in lower case when asked. */
function foldChar(char: string, options: FoldOptions): string {
  let out = char.replace(YO, (c) => (c === 'ё' ? 'е' : 'Е')).normalize('NFKD')
  if (options.ignoreDiacritics) out = out.replace(MARKS, '')
  if (options.ignoreCase) out = out.toLowerCase().replace(FINAL_SIGMA, 'σ')
  return out
}

/**
 * Folds a text for searching, keeping where each folded character came from so hits found in the
 * folded text can be highlighted in the original one.
 */
export function foldWithOffsets(text: string, options: FoldOptions = {}): FoldedText {
  let out = ''
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  for (const char of text) {
    const folded = foldChar(char, options)
    for (let k = 0; k < folded.length; k++) {
      starts.push(at)
      ends.push(at + char.length)
    }
    out += folded
    at += char.length
  }
  return { text: out, starts, ends }
}

/**
 * The folded form the memory indexes: case, diacritics, ё/е and normal forms folded, whitespace
 * collapsed. The same as `foldWithOffsets` with both options, in whole-string steps (it runs on every
 * unit written); ς and σ are one letter when case is ignored.
 */
export function foldText(text: string): string {
  return foldNormalized(normalizeText(text))
}

/** `foldText` of a text already normalized (`normalizeText`): the memory normalizes once for both. */
export function foldNormalized(normalized: string): string {
  return normalized
    .replace(YO, (c) => (c === 'ё' ? 'е' : 'Е'))
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FINAL_SIGMA, 'σ')
}
