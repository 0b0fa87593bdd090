import type { AlignmentProblem } from './build-problem'
import type { AlignmentModel } from './estimate-model'
import { CLASS_INDEX } from './extract-features'
import { MAX_WINDOW } from './window-matches'

export type AnchorWeights = {
  /** Log-likelihood gain of finding a token on both sides of a link rather than on one. */
  match: Float64Array
  /**
   * The part of `match` earned by each source (target) occurrence of the token, when found in a run
   * of 1, 2, ... MAX_WINDOW other-side segments (index = run size - 1).
   */
  sourceGain: Float64Array[]
  targetGain: Float64Array[]
  /** Per segment: log-likelihood of its tokens being absent from the other side of its link. */
  sourceAbsent: Float64Array
  targetAbsent: Float64Array
}

/**
 * Log-likelihood-ratio weights of anchor tokens: a token found in a fraction p of segments that
 * recurs in a true translation with probability r weighs log(r / p) when found, log((1 - r) / (1 - p))
 * when missing, averaged over both directions. For dictionary pairs, p grows with the size of the
 * run of segments the token is looked for in.
 */
export function computeAnchorWeights(problem: AlignmentProblem, model: AlignmentModel): AnchorWeights {
  const n = problem.sourceLengths.length
  const m = problem.targetLengths.length
  const tokens = problem.tokenClass.length
  const absentForSource = new Float64Array(tokens)
  const absentForTarget = new Float64Array(tokens)
  const match = new Float64Array(tokens)
  const sourceGain = Array.from({ length: MAX_WINDOW }, () => new Float64Array(tokens))
  const targetGain = Array.from({ length: MAX_WINDOW }, () => new Float64Array(tokens))
  for (let id = 0; id < tokens; id++) {
    const cls = problem.tokenClass[id]!
    const inTarget = (problem.targetFrequency[id]! + 0.5) / (m + 1)
    const inSource = (problem.sourceFrequency[id]! + 0.5) / (n + 1)
    const sourceRecall = model.sourceRecall[cls]!
    const targetRecall = model.targetRecall[cls]!
    absentForSource[id] = 0.5 * Math.log((1 - sourceRecall) / (1 - inTarget))
    absentForTarget[id] = 0.5 * Math.log((1 - targetRecall) / (1 - inSource))
    // Evidence from a token too common to tell links apart is dropped, which also keeps the search fast.
    // A run of w segments holds a token by chance with probability 1 - (1 - p)^w. Dictionary words are
    // common and recur in neighbouring sentences, so counting that keeps them from rewarding merges.
    // Numbers, names and cognates keep the single-segment rate: there it cost de-fr and en-is F1.
    const runs = cls === CLASS_INDEX.lexicon ? 1 : 0
    const chance = (p: number, run: number) => 1 - (1 - p) ** (1 + runs * (run - 1))
    for (let run = 1; run <= MAX_WINDOW; run++) {
      sourceGain[run - 1]![id] = Math.max(
        0,
        0.5 * Math.log(sourceRecall / chance(inTarget, run)) - absentForSource[id]!,
      )
      targetGain[run - 1]![id] = Math.max(
        0,
        0.5 * Math.log(targetRecall / chance(inSource, run)) - absentForTarget[id]!,
      )
    }
    match[id] = sourceGain[0]![id]! + targetGain[0]![id]!
  }
  const absent = (segments: Int32Array[], weights: Float64Array, gain: Float64Array) =>
    Float64Array.from(segments, (ids) => {
      let total = 0
      for (const id of ids) if (gain[id]! > 0) total += weights[id]!
      return total
    })
  return {
    match,
    sourceGain,
    targetGain,
    sourceAbsent: absent(problem.sourceTokens, absentForSource, sourceGain[0]!),
    targetAbsent: absent(problem.targetTokens, absentForTarget, targetGain[0]!),
  }
}
