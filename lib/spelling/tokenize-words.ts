import type { WordToken } from './types'

/** Spans that are not prose: URLs, e-mail addresses, protected placeholders ⟦…⟧, inline code in backticks. */
const NOT_PROSE = [
  /\b(?:https?|ftp):\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
  /⟦[^⟧]*⟧/gu,
  /`[^`\n]*`/gu,
]
/** A word: letters and marks, joined by apostrophes, hyphens or dots inside a word are kept apart. */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’‐-][\p{L}\p{M}\p{N}_]+)*/gu
const HAS_DIGIT = /[\p{N}_]/u
const HAS_LOWER = /\p{Ll}/u
const HAS_UPPER = /\p{Lu}/u

/** Blanks out the spans that are not prose, keeping every offset. */
function maskNonProse(text: string): string {
  let masked = text
  for (const pattern of NOT_PROSE) masked = masked.replace(pattern, (m) => ' '.repeat(m.length))
  return masked
}

/** True for a word the check leaves alone: one letter, digits inside, or an acronym in capitals (NATO, ООН). */
export function isSkippedWord(word: string): boolean {
  if ([...word].length < 2) return true
  if (HAS_DIGIT.test(word)) return true
  // Scripts without case (Hangul, Arabic) have no acronyms in capitals.
  return HAS_UPPER.test(word) && !HAS_LOWER.test(word)
}

/**
 * The words of a plain text to check, with their offsets: runs of Unicode letters (and combining marks)
 * with inner apostrophes and hyphens (`don't`, `l’homme`, `Jean-Paul`). Numbers, words with digits,
 * one-letter words, acronyms in capitals, URLs, e-mail addresses and placeholders ⟦…⟧ are left out.
 */
export function tokenizeWords(text: string): WordToken[] {
  const masked = maskNonProse(text)
  const words: WordToken[] = []
  for (const match of masked.matchAll(WORD)) {
    const word = match[0]
    if (isSkippedWord(word)) continue
    words.push({ word, start: match.index, end: match.index + word.length })
  }
  return words
}
