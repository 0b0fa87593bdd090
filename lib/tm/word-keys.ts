import { tokenizeForMatch, WORD_OR_NUMBER_SOURCE } from './tokenize-match'

/**
 * The memory's word index (decision 015): each unit stores the distinct words and numbers of its folded
 * source and target as 32-bit keys, in GIN-indexed integer arrays. A key is FNV-1a over the side, the
 * language pair and the word, so the index of one pair never returns another pair's units and one table
 * of word counts serves every pair. FNV-1a is a bucket key, not a secret: a collision only adds a
 * candidate that the exact score then drops.
 */
export type WordSide = 'source' | 'target'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function fnv(state: number, text: string): number {
  let hash = state
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash
}

/** The hash state of a side and pair, computed once per batch or lookup. */
export function wordKeySeed(side: WordSide, srcLang: string, tgtLang: string): number {
  return fnv(
    FNV_OFFSET,
    `${side === 'source' ? 's' : 't'}\u0000${srcLang.toLowerCase()}\u0000${tgtLang.toLowerCase()}\u0000`,
  )
}

/** The distinct words and numbers of an already folded text (`foldText`), as they are indexed. */
export function foldedWords(folded: string): string[] {
  const words = new Set<string>()
  for (const token of tokenizeForMatch(folded)) if (token.kind !== 'punct') words.add(token.text)
  return [...words]
}

/** The index key of one word of a side and pair (its seed). */
export const wordKey = (seed: number, word: string): number => fnv(seed, word) | 0

const WORD_OR_NUMBER = new RegExp(WORD_OR_NUMBER_SOURCE, 'gu')

/**
 * The distinct index keys of an already folded text: signed 32-bit integers, as PostgreSQL's integer.
 * The keys of `foldedWords` in the same order, without its tokens and sets of words: it runs on every
 * unit written (a TMX import of 100,000 units spent a tenth of its time here).
 */
export function wordKeys(seed: number, folded: string): number[] {
  const text = folded.normalize('NFC')
  const keys = new Set<number>()
  WORD_OR_NUMBER.lastIndex = 0
  for (let match = WORD_OR_NUMBER.exec(text); match; match = WORD_OR_NUMBER.exec(text))
    keys.add(wordKey(seed, match[0]))
  return [...keys]
}

/** How many rows the rarer words of a sentence may bring in before the commoner ones are left out. */
export const WORD_BUDGET = 1_000

/**
 * The words to look up for a sentence: its rarest ones in the memory, enough that any unit sharing at
 * least half of the sentence's words shares one of them (a fuzzy match of 50% or more does), as long as
 * their units stay within the budget. Words the memory does not know are no help and are left out.
 */
export function rarestWords(counts: Array<{ word: number; units: number }>, distinctWords: number): number[] {
  const needed = Math.floor(distinctWords / 2) + 1
  const known = counts.filter((c) => c.units > 0).sort((a, b) => a.units - b.units)
  const chosen: number[] = []
  let units = 0
  for (const { word, units: count } of known) {
    if (chosen.length >= needed) break
    if (chosen.length > 0 && units + count > WORD_BUDGET) break
    chosen.push(word)
    units += count
  }
  return chosen
}
