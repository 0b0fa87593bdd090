import { BEADS, DEFAULT_BEAD_PRIORS, beadIndex } from './beads'
import type { AlignmentProblem } from './build-problem'
import { TOKEN_CLASSES } from './extract-features'
import { MAX_WINDOW } from './window-matches'

/** Parameters of the alignment model; all of them are estimated from the two texts. */
export type AlignmentModel = {
  /** Target characters per source character (Gale-Church c). */
  ratio: number
  /** Variance of target length per source character (Gale-Church s²). */
  variance: number
  /** Share of links whose lengths do not follow the Gaussian (OCR noise, captions). */
  outlier: number
  logPrior: Float64Array
  /** Mean and deviation of log(1 + length) of runs of 1 to MAX_WINDOW target segments (index = run size). */
  marginalMean: Float64Array
  marginalDeviation: Float64Array
  /** Per token class: probability that an anchor of a linked source (target) segment recurs on the other side. */
  sourceRecall: Float64Array
  targetRecall: Float64Array
}

// Recall of each anchor class before it is estimated; cognate prefixes recur far less than numbers.
const DEFAULT_RECALL: Record<(typeof TOKEN_CLASSES)[number], number> = {
  number: 0.7,
  digit: 0.5,
  question: 0.6,
  exclamation: 0.5,
  quote: 0.5,
  bracket: 0.5,
  url: 0.8,
  word: 0.2,
  consonants: 0.2,
  glossary: 0.7,
  lexicon: 0.5,
}
const PRIOR_WEIGHT = 100
const RECALL_PRIOR_WEIGHT = 10
const MEDIAN_OF_CHI_SQUARE_1 = 0.4549

export type Link = { sourceStart: number; sourceCount: number; targetStart: number; targetCount: number }

function sum(values: Float64Array): number {
  let total = 0
  for (const value of values) total += value
  return total
}

function logLengthStats(lengths: Float64Array, run: number): [number, number] {
  const count = lengths.length - run + 1
  if (count <= 1) return [Math.log(1 + sum(lengths)), 1]
  let mean = 0
  let square = 0
  let window = 0
  for (let i = 0; i < lengths.length; i++) {
    window += lengths[i]! - (i >= run ? lengths[i - run]! : 0)
    if (i < run - 1) continue
    const value = Math.log(1 + window)
    mean += value
    square += value * value
  }
  mean /= count
  return [mean, Math.max(0.1, Math.sqrt(Math.max(0, square / count - mean * mean)))]
}

/** The model before any alignment is known: length ratio from the totals, textbook priors. */
export function initialModel(problem: AlignmentProblem): AlignmentModel {
  const sourceTotal = sum(problem.sourceLengths)
  const targetTotal = sum(problem.targetLengths)
  const ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
  const marginalMean = new Float64Array(MAX_WINDOW + 1)
  const marginalDeviation = new Float64Array(MAX_WINDOW + 1)
  for (let run = 1; run <= MAX_WINDOW; run++) {
    ;[marginalMean[run], marginalDeviation[run]] = logLengthStats(problem.targetLengths, run)
  }
  const recall = Float64Array.from(TOKEN_CLASSES, (name) => DEFAULT_RECALL[name])
  return {
    ratio,
    // Gale and Church's 6.8 was measured with c ≈ 1; scale it so CJK against Latin starts sensibly.
    variance: 6.8 * ratio,
    outlier: 0.05,
    logPrior: Float64Array.from(DEFAULT_BEAD_PRIORS, Math.log),
    marginalMean,
    marginalDeviation,
    sourceRecall: recall,
    targetRecall: Float64Array.from(recall),
  }
}

function countRecall(
  own: Int32Array,
  other: Int32Array,
  tokenClass: Int8Array,
  hits: Float64Array,
  totals: Float64Array,
) {
  let k = 0
  for (const id of own) {
    while (k < other.length && other[k]! < id) k++
    const cls = tokenClass[id]!
    totals[cls]! += 1
    if (other[k] === id) hits[cls]! += 1
  }
}

function smooth(hits: Float64Array, totals: Float64Array, prior: Float64Array): Float64Array {
  return prior.map((p, cls) => {
    const estimate = (hits[cls]! + RECALL_PRIOR_WEIGHT * p) / (totals[cls]! + RECALL_PRIOR_WEIGHT)
    return Math.min(0.99, Math.max(0.01, estimate))
  })
}

/** Re-estimates ratio, variance, bead priors and anchor recall from a first alignment (one hard-EM step). */
export function refineModel(problem: AlignmentProblem, model: AlignmentModel, links: Link[]): AlignmentModel {
  const counts = new Float64Array(BEADS.length)
  const oneToOne = links.filter((link) => link.sourceCount === 1 && link.targetCount === 1)
  for (const link of links) {
    const index = beadIndex(link.sourceCount, link.targetCount)
    if (index >= 0) counts[index]! += 1
  }
  const total = sum(counts) + PRIOR_WEIGHT
  const logPrior = Float64Array.from(DEFAULT_BEAD_PRIORS, (p, i) => Math.log((counts[i]! + PRIOR_WEIGHT * p) / total))
  let sourceChars = 0
  let targetChars = 0
  for (const link of oneToOne) {
    sourceChars += problem.sourceLengths[link.sourceStart]!
    targetChars += problem.targetLengths[link.targetStart]!
  }
  const ratio = oneToOne.length >= 5 && sourceChars > 0 && targetChars > 0 ? targetChars / sourceChars : model.ratio
  const residuals = oneToOne
    .map((link) => {
      const l1 = problem.sourceLengths[link.sourceStart]!
      const l2 = problem.targetLengths[link.targetStart]!
      return (l2 - ratio * l1) ** 2 / Math.max(1, (l1 + l2 / ratio) / 2)
    })
    .sort((x, y) => x - y)
  const median = residuals[Math.floor(residuals.length / 2)]
  const variance =
    residuals.length >= 5 && median !== undefined
      ? Math.max(0.5 * ratio, median / MEDIAN_OF_CHI_SQUARE_1)
      : model.variance
  const classes = TOKEN_CLASSES.length
  const [sourceHits, sourceTotals, targetHits, targetTotals] = [0, 0, 0, 0].map(() => new Float64Array(classes)) as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ]
  for (const link of oneToOne) {
    const own = problem.sourceTokens[link.sourceStart]!
    const other = problem.targetTokens[link.targetStart]!
    countRecall(own, other, problem.tokenClass, sourceHits, sourceTotals)
    countRecall(other, own, problem.tokenClass, targetHits, targetTotals)
  }
  const prior = initialModel(problem)
  return {
    ...model,
    ratio,
    variance,
    logPrior,
    sourceRecall: smooth(sourceHits, sourceTotals, prior.sourceRecall),
    targetRecall: smooth(targetHits, targetTotals, prior.targetRecall),
  }
}
