import type { TermMatch } from './term'

/** The matches to mark in a text: longest first, each dropped when it overlaps one already kept; in text order. */
export function pickNonOverlapping(matches: TermMatch[]): TermMatch[] {
  const kept: TermMatch[] = []
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  for (const match of byLength) if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match)
  return kept.sort((a, b) => a.start - b.start)
}
