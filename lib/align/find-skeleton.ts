import type { AlignmentProblem } from './build-problem'

export type Region = { sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number }

/**
 * Likely fixed points for a first band: pairs of segments that share tokens occurring once in
 * each text, reduced to the heaviest chain increasing on both sides (local coordinates).
 */
export function findSkeleton(
  problem: AlignmentProblem,
  matchWeight: Float64Array,
  region: Region,
): Array<[number, number]> {
  const pairWeight = new Map<number, number>()
  const width = region.targetEnd - region.targetStart + 1
  for (let s = region.sourceStart; s < region.sourceEnd; s++) {
    for (const id of problem.sourceTokens[s]!) {
      if (problem.sourceFrequency[id] !== 1 || problem.targetFrequency[id] !== 1) continue
      const t = problem.targetPostings[id]![0]!
      const weight = matchWeight[id]!
      if (t < region.targetStart || t >= region.targetEnd || weight <= 0) continue
      const key = (s - region.sourceStart) * width + (t - region.targetStart)
      pairWeight.set(key, (pairWeight.get(key) ?? 0) + weight)
    }
  }
  const points = [...pairWeight].map(([key, weight]) => ({ s: Math.floor(key / width), t: key % width, weight }))
  points.sort((p, q) => p.s - q.s || q.t - p.t)
  // Heaviest chain strictly increasing in both s and t, with a Fenwick tree of prefix maxima over t.
  const tree = new Float64Array(width + 1)
  const treeArg = new Int32Array(width + 1).fill(-1)
  const total = new Float64Array(points.length)
  const previous = new Int32Array(points.length).fill(-1)
  points.forEach((point, index) => {
    let best = 0
    let arg = -1
    for (let k = point.t; k > 0; k -= k & -k) {
      if (tree[k]! > best) {
        best = tree[k]!
        arg = treeArg[k]!
      }
    }
    total[index] = best + point.weight
    previous[index] = arg
    for (let k = point.t + 1; k <= width; k += k & -k) {
      if (total[index]! > tree[k]!) {
        tree[k] = total[index]!
        treeArg[k] = index
      }
    }
  })
  let end = -1
  total.forEach((value, index) => {
    if (end < 0 || value > total[end]!) end = index
  })
  const chain: Array<[number, number]> = []
  for (let index = end; index >= 0; index = previous[index]!)
    chain.push([points[index]!.s + 0.5, points[index]!.t + 0.5])
  return chain.reverse()
}
