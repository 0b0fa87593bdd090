import { BEADS } from './beads'
import type { BeadScorer } from './create-bead-scorer'
import type { Band } from './make-band'

/** One bead of a path: it ends at local cell (i, j) and has shape BEADS[bead]. */
export type PathStep = { i: number; j: number; bead: number }

function cellIndex(band: Band, i: number, j: number): number {
  return i < 0 || j < band.lo[i]! || j > band.hi[i]! ? -1 : band.offset[i]! + j - band.lo[i]!
}

/**
 * The scores of every bead that starts and ends inside the band, computed once: the search and the
 * forward-backward pass then read them instead of scoring each bead three times.
 */
export function tabulateScores(band: Band, score: BeadScorer): BeadScorer {
  const beads = BEADS.length
  const table = new Float32Array(band.size * beads).fill(Number.NaN)
  for (let i = 0; i <= band.rows; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      const base = (band.offset[i]! + j - band.lo[i]!) * beads
      for (let k = 0; k < beads; k++) {
        const [a, b] = BEADS[k]!
        if ((a > 0 || b > 0) && j - b >= 0 && cellIndex(band, i - a, j - b) >= 0) table[base + k] = score(i, j, k)
      }
    }
  }
  return (i, j, k) => table[(band.offset[i]! + j - band.lo[i]!) * beads + k]!
}

/** Best-scoring monotone path of beads from (0, 0) to (rows, columns) inside the band (Viterbi). */
export function searchBand(band: Band, score: BeadScorer): PathStep[] {
  const best = new Float64Array(band.size).fill(-Infinity)
  const choice = new Int8Array(band.size).fill(-1)
  best[0] = 0
  for (let i = 0; i <= band.rows; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      if (i === 0 && j === 0) continue
      let top = -Infinity
      let arg = -1
      for (let k = 0; k < BEADS.length; k++) {
        const [a, b] = BEADS[k]!
        if (j - b < 0) continue
        const from = cellIndex(band, i - a, j - b)
        if (from < 0 || best[from] === -Infinity) continue
        const value = best[from]! + score(i, j, k)
        if (value > top) {
          top = value
          arg = k
        }
      }
      const here = band.offset[i]! + j - band.lo[i]!
      best[here] = top
      choice[here] = arg
    }
  }
  const path: PathStep[] = []
  let i = band.rows
  let j = band.columns
  while (i > 0 || j > 0) {
    const bead = choice[cellIndex(band, i, j)]!
    if (bead < 0) throw new Error('alignment band is disconnected')
    path.push({ i, j, bead })
    i -= BEADS[bead]![0]
    j -= BEADS[bead]![1]
  }
  return path.reverse()
}

function logSumExp(values: Float64Array, count: number): number {
  let top = -Infinity
  for (let k = 0; k < count; k++) if (values[k]! > top) top = values[k]!
  if (top === -Infinity) return top
  let total = 0
  for (let k = 0; k < count; k++) total += Math.exp(values[k]! - top)
  return top + Math.log(total)
}

/** Posterior probability of each bead of `path` among all paths in the band (forward-backward). */
export function beadPosteriors(band: Band, score: BeadScorer, path: PathStep[]): number[] {
  const forward = new Float64Array(band.size).fill(-Infinity)
  const backward = new Float64Array(band.size).fill(-Infinity)
  const terms = new Float64Array(BEADS.length)
  forward[0] = 0
  for (let i = 0; i <= band.rows; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      if (i === 0 && j === 0) continue
      let count = 0
      for (let k = 0; k < BEADS.length; k++) {
        const [a, b] = BEADS[k]!
        const from = j - b < 0 ? -1 : cellIndex(band, i - a, j - b)
        if (from >= 0 && forward[from] !== -Infinity) terms[count++] = forward[from]! + score(i, j, k)
      }
      forward[band.offset[i]! + j - band.lo[i]!] = logSumExp(terms, count)
    }
  }
  backward[band.size - 1] = 0
  for (let i = band.rows; i >= 0; i--) {
    for (let j = band.hi[i]!; j >= band.lo[i]!; j--) {
      if (i === band.rows && j === band.columns) continue
      let count = 0
      for (let k = 0; k < BEADS.length; k++) {
        const [a, b] = BEADS[k]!
        const to = i + a > band.rows ? -1 : cellIndex(band, i + a, j + b)
        if (to >= 0 && backward[to] !== -Infinity) terms[count++] = backward[to]! + score(i + a, j + b, k)
      }
      backward[band.offset[i]! + j - band.lo[i]!] = logSumExp(terms, count)
    }
  }
  const total = forward[band.size - 1]!
  return path.map(({ i, j, bead }) => {
    const [a, b] = BEADS[bead]!
    const from = cellIndex(band, i - a, j - b)
    const value = forward[from]! + score(i, j, bead) + backward[cellIndex(band, i, j)]! - total
    return Math.min(1, Math.max(0, Math.exp(value)))
  })
}
