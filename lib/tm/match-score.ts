import { foldWithOffsets, normalizeText } from './fold-text'
import { tokenizeForMatch, type MatchToken } from './tokenize-match'

/** A sentence to compare: its text and, when known, its formatting (`formattingOf`). */
export type ScoredText = { text: string; formatting?: string[] }

// What a difference costs, in words: a word is 1; a number, auto-fixed by the translator, costs less;
// punctuation weighs half a word; a difference in case only or in diacritics only costs a fraction.
const WEIGHT = { word: 1, number: 1, punct: 0.5 } as const
const NUMBER_CHANGE = 0.3
const CASE_CHANGE = 0.2
const DIACRITIC_CHANGE = 0.5
const FORMATTING_PENALTY = 1

/** A token with the folded forms the substitution cost compares, computed once per token, not per pair. */
type ScoredToken = MatchToken & { lower: string; noMarks: string; noMarksLower: string }

const weightOf = (t: MatchToken) => WEIGHT[t.kind]

function scoredTokens(text: string): ScoredToken[] {
  return tokenizeForMatch(text).map((t) =>
    t.kind === 'word'
      ? {
          ...t,
          lower: t.text.toLowerCase(),
          noMarks: foldWithOffsets(t.text, { ignoreDiacritics: true }).text,
          noMarksLower: foldWithOffsets(t.text, { ignoreCase: true, ignoreDiacritics: true }).text,
        }
      : { ...t, lower: t.text, noMarks: t.text, noMarksLower: t.text },
  )
}

function substitutionCost(a: ScoredToken, b: ScoredToken): number {
  if (a.text === b.text) return 0
  if (a.kind !== b.kind) return Math.max(weightOf(a), weightOf(b))
  if (a.kind === 'number') return NUMBER_CHANGE
  if (a.kind === 'punct') return WEIGHT.punct
  if (a.lower === b.lower) return CASE_CHANGE
  if (a.noMarks === b.noMarks) return DIACRITIC_CHANGE
  if (a.noMarksLower === b.noMarksLower) return DIACRITIC_CHANGE + CASE_CHANGE
  return WEIGHT.word
}

/** Weighted edit distance (Levenshtein over tokens). */
function tokenDistance(a: ScoredToken[], b: ScoredToken[]): number {
  let previous = [0]
  for (let j = 0; j < b.length; j++) previous.push(previous[j]! + weightOf(b[j]!))
  for (let i = 0; i < a.length; i++) {
    const current = [previous[0]! + weightOf(a[i]!)]
    for (let j = 0; j < b.length; j++) {
      current.push(
        Math.min(
          previous[j + 1]! + weightOf(a[i]!),
          current[j]! + weightOf(b[j]!),
          previous[j]! + substitutionCost(a[i]!, b[j]!),
        ),
      )
    }
    previous = current
  }
  return previous[b.length]!
}

const sameFormatting = (a?: string[], b?: string[]) =>
  a === undefined || b === undefined || (a.length === b.length && a.every((x, k) => x === b[k]))

/**
 * How close a memory sentence is to the one being translated, 0–100, the way CAT tools count: an edit
 * distance over words, numbers and punctuation, with smaller penalties for numbers, case and diacritics,
 * and a point off for different formatting. 100 only for identical text and formatting.
 */
export function scoreMatch(query: ScoredText, candidate: ScoredText): number {
  const a = scoredTokens(query.text)
  const b = scoredTokens(candidate.text)
  const total = Math.max(
    a.reduce((s, t) => s + weightOf(t), 0),
    b.reduce((s, t) => s + weightOf(t), 0),
  )
  const distance = tokenDistance(a, b)
  let score = total === 0 ? (distance === 0 ? 100 : 0) : Math.floor(100 * (1 - distance / total) + 1e-9)
  const isSameText = normalizeText(query.text) === normalizeText(candidate.text)
  if (!isSameText) score = Math.min(score, 99)
  if (!sameFormatting(query.formatting, candidate.formatting)) score -= FORMATTING_PENALTY
  return Math.max(0, score)
}
