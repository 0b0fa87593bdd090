import { foldText } from './fold-text'
import { prepareText, sameTextScore, scorePrepared, type CellMeter, type Vocabulary } from './match-score'

/** A score above any fuzzy or exact one: the same source, with the same sentences before and after it. */
export const IN_CONTEXT_SCORE = 101

/** The segment being translated: its source and, for in-context matches, the sources around it. */
export type MatchQuery = { text: string; formatting?: string[]; previousText?: string; nextText?: string }

/** A memory unit as the ranking sees it; `prevSource`/`nextSource` are folded, '' when unknown. */
export type MatchCandidate = {
  source: string
  formatting?: string[]
  prevSource: string
  nextSource: string
  updatedAt: Date
}

export type MatchKind = 'context' | 'exact' | 'fuzzy'
export type RankedMatch<C> = { candidate: C; score: number; kind: MatchKind }

/**
 * How many token pairs one query's edit distances may weigh in all (about half a second): past it, the
 * candidate being weighed and the rest count only when their text is the query's. A paragraph of thousands of words
 * against 40 long candidates would otherwise hold the server for many seconds.
 */
export const MAX_CELLS_PER_QUERY = 12_000_000

/**
 * Scores candidates against the query and keeps the best `limit` at or above `minScore`, best first
 * (newer first on a tie). An exact match whose stored neighbours are the query's is in context (101).
 * Once `limit` are found, a candidate must reach the lowest of them to be worked out in full.
 */
export function rankMatches<C extends MatchCandidate>(
  query: MatchQuery,
  candidates: C[],
  {
    limit,
    minScore,
    meter = { cells: 0, budget: MAX_CELLS_PER_QUERY },
  }: { limit: number; minScore: number; meter?: CellMeter },
): Array<RankedMatch<C>> {
  const previous = foldText(query.previousText ?? '')
  const next = foldText(query.nextText ?? '')
  const ranked: Array<RankedMatch<C>> = []
  const vocabulary: Vocabulary = new Map()
  const asked = prepareText(query, vocabulary)
  let threshold = minScore
  for (const candidate of candidates) {
    const found = prepareText({ text: candidate.source, formatting: candidate.formatting }, vocabulary)
    let score = scorePrepared(asked, found, threshold, meter)
    // Out of budget: the candidate still counts if it is the query's text.
    if (Number.isNaN(score)) score = sameTextScore(asked, found) ?? 0
    if (score < minScore) continue
    const hasContext = candidate.prevSource !== '' || candidate.nextSource !== ''
    const isInContext =
      score === 100 && hasContext && candidate.prevSource === previous && candidate.nextSource === next
    ranked.push({
      candidate,
      score: isInContext ? IN_CONTEXT_SCORE : score,
      kind: isInContext ? 'context' : score === 100 ? 'exact' : 'fuzzy',
    })
    if (ranked.length >= limit) {
      const lowestKept = ranked.map((r) => r.score).sort((x, y) => y - x)[limit - 1]!
      threshold = Math.max(threshold, Math.min(lowestKept, 100))
    }
  }
  ranked.sort((a, b) => b.score - a.score || b.candidate.updatedAt.getTime() - a.candidate.updatedAt.getTime())
  return ranked.slice(0, limit)
}
