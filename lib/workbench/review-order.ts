import type { SegmentStatus } from './segment-states'

/** What review mode shows first: segments the translator confirmed and nobody has decided on yet. */
export const WAITING_FOR_REVIEW: SegmentStatus = 'translated'

/** Row keys in review order: rows waiting for review first, then the rest, each in document order. */
export function reviewOrder<R>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  isWaiting: (row: R) => boolean,
): string[] {
  const waiting = rows.filter(isWaiting)
  const rest = rows.filter((row) => !isWaiting(row))
  return [...waiting, ...rest].map(keyOf)
}

/** Sorts rows by a review order; rows it does not know (none yet) keep their place at the end. */
export function sortByOrder<R>(rows: readonly R[], keyOf: (row: R) => string, order: readonly string[]): R[] {
  const rank = new Map(order.map((key, index) => [key, index]))
  return [...rows].sort((a, b) => (rank.get(keyOf(a)) ?? order.length) - (rank.get(keyOf(b)) ?? order.length))
}

/** The index of the next row waiting for review after `from` (wrapping round), or -1 when none waits. */
export function nextWaiting<R>(rows: readonly R[], from: number, isWaiting: (row: R) => boolean): number {
  for (let step = 1; step <= rows.length; step++) {
    const index = (from + step) % rows.length
    if (isWaiting(rows[index]!) && index !== from) return index
  }
  return -1
}
