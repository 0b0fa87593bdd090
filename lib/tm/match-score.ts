import { foldWithOffsets, normalizeText } from './fold-text'
import { tokenizeForMatch } from './tokenize-match'

/** A sentence to compare: its text and, when known, its formatting (`formattingOf`). */
export type ScoredText = { text: string; formatting?: string[] }

// What a difference costs, in words: a word is 1; a number, auto-fixed by the translator, costs less;
// punctuation weighs half a word; a difference in case only or in diacritics only costs a fraction.
const WEIGHT = { word: 1, number: 1, punct: 0.5 } as const
const NUMBER_CHANGE = 0.3
const CASE_CHANGE = 0.2
const DIACRITIC_CHANGE = 0.5
const FORMATTING_PENALTY = 1

const KIND_CODE = { word: 0, number: 1, punct: 2 } as const
const KIND_WEIGHT = [WEIGHT.word, WEIGHT.number, WEIGHT.punct]

/**
 * A text's tokens as numbers, for an edit distance that compares integers: each token's kind, weight,
 * and its form, its lower case, without diacritics and both, interned in a `Vocabulary` the texts
 * compared share (equal numbers, equal strings).
 */
export type PreparedText = {
  kinds: Uint8Array
  weights: Float64Array
  forms: Int32Array
  lower: Int32Array
  noMarks: Int32Array
  noMarksLower: Int32Array
  /** The sum of the weights. */
  total: number
  normalized: string
  formatting?: string[]
}

/** The strings of the texts compared, numbered; one per query and its candidates. */
export type Vocabulary = Map<string, number>

export function prepareText(text: ScoredText, vocabulary: Vocabulary): PreparedText {
  const tokens = tokenizeForMatch(text.text)
  const n = tokens.length
  const prepared: PreparedText = {
    kinds: new Uint8Array(n),
    weights: new Float64Array(n),
    forms: new Int32Array(n),
    lower: new Int32Array(n),
    noMarks: new Int32Array(n),
    noMarksLower: new Int32Array(n),
    total: 0,
    normalized: normalizeText(text.text),
    ...(text.formatting ? { formatting: text.formatting } : {}),
  }
  const id = (form: string) => {
    let found = vocabulary.get(form)
    if (found === undefined) vocabulary.set(form, (found = vocabulary.size))
    return found
  }
  let total = 0
  tokens.forEach((t, k) => {
    const kind = KIND_CODE[t.kind]
    prepared.kinds[k] = kind
    prepared.weights[k] = KIND_WEIGHT[kind]!
    total += KIND_WEIGHT[kind]!
    const form = id(t.text)
    prepared.forms[k] = form
    if (t.kind === 'word') {
      prepared.lower[k] = id(t.text.toLowerCase())
      prepared.noMarks[k] = id(foldWithOffsets(t.text, { ignoreDiacritics: true }).text)
      prepared.noMarksLower[k] = id(foldWithOffsets(t.text, { ignoreCase: true, ignoreDiacritics: true }).text)
    } else {
      prepared.lower[k] = prepared.noMarks[k] = prepared.noMarksLower[k] = form
    }
  })
  prepared.total = total
  return prepared
}

/** Counts the token pairs edit distances weigh, and stops them past `budget`. */
export type CellMeter = { cells: number; budget: number }

/**
 * Weighted edit distance (Levenshtein over tokens), in two rows of floats. Under a `limit` it only
 * weighs the cells a path under it can cross: one reaching token i of `a` and j of `b` costs at least
 * the difference of their weights so far (every cost is at least the difference of the weights it
 * spends), so each row is a band that follows the diagonal; a row wholly over the limit ends it
 * (Infinity). Past the meter's budget it answers NaN: not worked out.
 */
function tokenDistance(a: PreparedText, b: PreparedText, limit: number, meter?: CellMeter): number {
  const n = a.forms.length
  const m = b.forms.length
  const { forms: bForms, kinds: bKinds, weights: bWeights, lower: bLower, noMarks: bNoMarks } = b
  const bNoMarksLower = b.noMarksLower
  const before = new Float64Array(m + 1)
  for (let j = 0; j < m; j++) before[j + 1] = before[j]! + bWeights[j]!
  let previous = new Float64Array(m + 1).fill(Infinity)
  let current = new Float64Array(m + 1).fill(Infinity)
  for (let j = 0; j <= m && before[j]! <= limit; j++) previous[j] = before[j]!
  let spentA = 0
  let lo = 0
  let hi = m
  for (let i = 0; i < n; i++) {
    const weight = a.weights[i]!
    spentA += weight
    // The band of row i + 1: |spentA − before[j]| ≤ limit, a range that only moves right.
    while (lo <= m && before[lo]! < spentA - limit) lo++
    hi = m
    while (hi >= lo && before[hi]! > spentA + limit) hi--
    if (lo > hi) return Infinity
    if (meter) {
      if (meter.cells + hi - lo + 1 > meter.budget) return NaN
      meter.cells += hi - lo + 1
    }
    // Cells left of the band hold older rows; right of it, never written (the band only moves right).
    if (lo > 0) current[lo - 1] = Infinity
    let rowMin = Infinity
    const form = a.forms[i]!
    const kind = a.kinds[i]!
    const lower = a.lower[i]!
    const noMarks = a.noMarks[i]!
    const noMarksLower = a.noMarksLower[i]!
    for (let j = lo; j <= hi; j++) {
      let value = previous[j]! + weight
      if (j > 0) {
        const k = j - 1
        const inserted = current[k]! + bWeights[k]!
        if (inserted < value) value = inserted
        // The substitution's cost: nothing for the same token; else by kind, case and diacritics.
        let cost: number
        if (bForms[k] === form) cost = 0
        else if (bKinds[k] !== kind) cost = weight > bWeights[k]! ? weight : bWeights[k]!
        else if (kind === KIND_CODE.number) cost = NUMBER_CHANGE
        else if (kind === KIND_CODE.punct) cost = WEIGHT.punct
        else if (bLower[k] === lower) cost = CASE_CHANGE
        else if (bNoMarks[k] === noMarks) cost = DIACRITIC_CHANGE
        else if (bNoMarksLower[k] === noMarksLower) cost = DIACRITIC_CHANGE + CASE_CHANGE
        else cost = WEIGHT.word
        const substituted = previous[k]! + cost
        if (substituted < value) value = substituted
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return Infinity
    ;[previous, current] = [current, previous]
  }
  return previous[m]!
}

const sameFormatting = (a?: string[], b?: string[]) =>
  a === undefined || b === undefined || (a.length === b.length && a.every((x, k) => x === b[k]))

/**
 * How close a memory sentence is to the one being translated, 0–100, the way CAT tools count: an edit
 * distance over words, numbers and punctuation, with smaller penalties for numbers, case and diacritics,
 * and a point off for different formatting. 100 only for identical text and formatting.
 */
export function scoreMatch(query: ScoredText, candidate: ScoredText): number {
  const vocabulary: Vocabulary = new Map()
  return scorePrepared(prepareText(query, vocabulary), prepareText(candidate, vocabulary))
}

/** The score of a candidate whose text is the query's (100, less a point for other formatting), else null. */
export function sameTextScore(a: PreparedText, b: PreparedText): number | null {
  if (a.normalized !== b.normalized) return null
  return sameFormatting(a.formatting, b.formatting) ? 100 : 100 - FORMATTING_PENALTY
}

/**
 * `scoreMatch` of two prepared texts. With `minScore`, a pair that cannot reach it answers a score
 * below it without being worked out in full: the difference of the two texts' weights is a distance
 * no alignment of them avoids, and the distance stops counting once no row of it can end under the
 * limit (so a long paragraph against an unrelated one costs little). NaN when the meter's budget ran
 * out before the score was known.
 */
export function scorePrepared(a: PreparedText, b: PreparedText, minScore = 0, meter?: CellMeter): number {
  const total = Math.max(a.total, b.total)
  if (total > 0 && minScore > 0 && 100 * (Math.min(a.total, b.total) / total) + 1e-9 < minScore) return 0
  const limit = minScore > 0 ? total * (1 - minScore / 100) + 1e-6 : Infinity
  const distance = tokenDistance(a, b, limit, meter)
  if (Number.isNaN(distance)) return NaN
  if (distance === Infinity) return 0
  let score = total === 0 ? (distance === 0 ? 100 : 0) : Math.floor(100 * (1 - distance / total) + 1e-9)
  if (a.normalized !== b.normalized) score = Math.min(score, 99)
  if (!sameFormatting(a.formatting, b.formatting)) score -= FORMATTING_PENALTY
  return Math.max(0, score)
}
