import type { AnchorWeights } from './anchor-weights'
import { BEADS } from './beads'
import type { AlignmentProblem } from './build-problem'
import type { AlignmentModel } from './estimate-model'
import type { Region } from './find-skeleton'
import type { Band } from './make-band'
import { MAX_WINDOW, windowMatches } from './window-matches'

/** Score of the bead BEADS[bead] ending at local cell (i, j): log-likelihood ratio against unrelated text. */
export type BeadScorer = (i: number, j: number, bead: number) => number

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI)
/** Log-odds added to a bead that ends where both texts end a paragraph. */
export const PARAGRAPH_END_BONUS = 2
/** Log-odds taken from a bead that ends inside a sentence on one side and between sentences on the other. */
export const HALF_SENTENCE_PENALTY = 1

function prefixSums(values: Float64Array, start: number, end: number): Float64Array {
  const sums = new Float64Array(end - start + 1)
  for (let k = start; k < end; k++) sums[k - start + 1] = sums[k - start]! + values[k]!
  return sums
}

/** Ranges of run starts each segment needs, for both directions, from the band's shape. */
function runRanges(band: Band) {
  const { rows, columns, lo, hi } = band
  const sourceFrom = new Int32Array(rows)
  const sourceTo = new Int32Array(rows)
  for (let s = 0; s < rows; s++) {
    sourceFrom[s] = Math.max(0, lo[s + 1]! - MAX_WINDOW)
    sourceTo[s] = Math.min(columns - 1, hi[Math.min(rows, s + MAX_WINDOW)]! - 1)
  }
  // Rows whose band contains column j form the interval [first[j], last[j]].
  const first = new Int32Array(columns + 1).fill(rows)
  const last = new Int32Array(columns + 1)
  for (let i = 0; i <= rows; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i < first[j]!) first[j] = i
      last[j] = i
    }
  }
  const targetFrom = new Int32Array(columns)
  const targetTo = new Int32Array(columns)
  for (let t = 0; t < columns; t++) {
    targetFrom[t] = Math.max(0, first[t + 1]! - MAX_WINDOW)
    targetTo[t] = Math.min(rows - 1, last[Math.min(columns, t + MAX_WINDOW)]! - 1)
  }
  return { sourceFrom, sourceTo, targetFrom, targetTo }
}

/** Builds the scorer for one region and band: Gale-Church length evidence plus anchor evidence. */
export function createBeadScorer(
  problem: AlignmentProblem,
  model: AlignmentModel,
  weights: AnchorWeights,
  region: Region,
  band: Band,
): BeadScorer {
  const sourceLength = prefixSums(problem.sourceLengths, region.sourceStart, region.sourceEnd)
  const targetLength = prefixSums(problem.targetLengths, region.targetStart, region.targetEnd)
  const sourceAbsent = prefixSums(weights.sourceAbsent, region.sourceStart, region.sourceEnd)
  const targetAbsent = prefixSums(weights.targetAbsent, region.targetStart, region.targetEnd)
  const ranges = runRanges(band)
  const { sourceStart, targetStart } = region
  const sourceMatches = windowMatches(
    problem.sourceTokens,
    sourceStart,
    problem.targetPostings,
    targetStart,
    weights.sourceGain,
    ranges.sourceFrom,
    ranges.sourceTo,
  )
  const targetMatches = windowMatches(
    problem.targetTokens,
    targetStart,
    problem.sourcePostings,
    sourceStart,
    weights.targetGain,
    ranges.targetFrom,
    ranges.targetTo,
  )
  const { ratio, variance, outlier, logPrior, marginalMean, marginalDeviation } = model
  const logInlier = Math.log(1 - outlier)
  const shapes = BEADS.map(([a, b], index) => ({ a, b, prior: logPrior[index]! }))
  // Log-density of the target length of a run of b segments ending at j under unrelated text: it
  // depends on the run only, so it is computed once per run instead of once per bead.
  const columns = region.targetEnd - region.targetStart
  const unrelated = Array.from({ length: MAX_WINDOW + 1 }, (_, b) => {
    const values = new Float64Array(columns + 1)
    const deviation = marginalDeviation[b]!
    for (let j = b; j <= columns && b > 0; j++) {
      const l2 = targetLength[j]! - targetLength[j - b]!
      const z = (Math.log1p(l2) - marginalMean[b]!) / deviation
      values[j] = -0.5 * z * z - Math.log(deviation * (1 + l2)) - HALF_LOG_TWO_PI
    }
    return values
  })
  const { sourceBoundaries, targetBoundaries } = problem
  const paragraphEnd =
    sourceBoundaries && targetBoundaries
      ? (i: number, j: number) =>
          sourceBoundaries[sourceStart + i] === 1 && targetBoundaries[targetStart + j] === 1 ? PARAGRAPH_END_BONUS : 0
      : () => 0
  const { sourceInside, targetInside } = problem
  const halfSentence = (i: number, j: number) =>
    sourceInside[sourceStart + i] === targetInside[targetStart + j] ? 0 : -HALF_SENTENCE_PENALTY
  return (i, j, bead) => {
    const { a, b, prior } = shapes[bead]!
    if (a === 0 || b === 0) return prior + halfSentence(i, j)
    const l1 = sourceLength[i]! - sourceLength[i - a]!
    const l2 = targetLength[j]! - targetLength[j - b]!
    const spread = variance * Math.max(1, (l1 + l2 / ratio) / 2)
    const logLink = (-0.5 * (l2 - ratio * l1) ** 2) / spread - 0.5 * Math.log(spread) - HALF_LOG_TWO_PI
    const logUnrelated = unrelated[b]![j]!
    // A mixture with the unrelated-length density keeps a badly measured link possible (OCR, captions).
    const gain = logLink - logUnrelated + logInlier
    const lengthScore = gain > 30 ? gain : Math.log(Math.exp(gain) + outlier)
    let anchors = sourceAbsent[i]! - sourceAbsent[i - a]! + targetAbsent[j]! - targetAbsent[j - b]!
    for (let s = i - a; s < i; s++) anchors += sourceMatches(s, j - b, b)
    for (let t = j - b; t < j; t++) anchors += targetMatches(t, i - a, a)
    return prior + lengthScore + anchors + paragraphEnd(i, j) + halfSentence(i, j)
  }
}
