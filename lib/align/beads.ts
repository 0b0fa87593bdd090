/** Link shapes the search considers, as [source count, target count]. */
export const BEADS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [1, 3],
  [3, 1],
  [2, 3],
  [3, 2],
  [1, 4],
  [4, 1],
]

/** Prior probability of each bead before it is estimated from a text (Gale and Church 1993, extended). */
export const DEFAULT_BEAD_PRIORS = [0.88, 0.005, 0.005, 0.044, 0.044, 0.01, 0.004, 0.004, 0.002, 0.002, 0.001, 0.001]

/** Index in BEADS of an [a, b] shape, or -1. */
export function beadIndex(a: number, b: number): number {
  return BEADS.findIndex(([x, y]) => x === a && y === b)
}
