/** Anchor gain of each segment against every run of 1-3 consecutive segments on the other side. */
export type WindowMatches = (segment: number, windowStart: number, windowSize: number) => number

export const MAX_WINDOW = 4

/**
 * For each own segment x and each run [y, y + size) of other-side segments with y in
 * [from(x), to(x)], sums the gain of x's tokens found anywhere in the run, each token once.
 */
export function windowMatches(
  ownTokens: Int32Array[],
  ownStart: number,
  otherPostings: Int32Array[],
  otherStart: number,
  gain: Float64Array[],
  from: Int32Array,
  to: Int32Array,
): WindowMatches {
  const count = from.length
  const offset = new Int32Array(count + 1)
  for (let x = 0; x < count; x++) offset[x + 1] = offset[x]! + Math.max(0, to[x]! - from[x]! + 1)
  const width = offset[count]!
  const values = new Float32Array(width * MAX_WINDOW)
  for (let x = 0; x < count; x++) {
    const lo = from[x]! + otherStart
    const hi = to[x]! + otherStart
    for (const id of ownTokens[x + ownStart]!) {
      // Gains fall with the run size, so a token worth nothing alone is worth nothing in a run.
      if (gain[0]![id]! <= 0) continue
      const postings = otherPostings[id]!
      let left = 0
      let right = postings.length
      while (left < right) {
        const mid = (left + right) >> 1
        if (postings[mid]! < lo) left = mid + 1
        else right = mid
      }
      for (let size = 1; size <= MAX_WINDOW; size++) {
        const weight = gain[size - 1]![id]!
        const base = (size - 1) * width + offset[x]! - lo
        let covered = lo - 1
        for (let k = left; k < postings.length; k++) {
          const p = postings[k]!
          if (p - size + 1 > hi) break
          // Runs starting in [p - size + 1, p] contain p; count each run once per token.
          for (let y = Math.max(p - size + 1, covered + 1, lo); y <= Math.min(p, hi); y++)
            values[base + y] = values[base + y]! + weight
          covered = Math.max(covered, p)
        }
      }
    }
  }
  return (x, y, size) => {
    if (y < from[x]! || y > to[x]!) return 0
    return values[(size - 1) * width + offset[x]! + y - from[x]!]!
  }
}
