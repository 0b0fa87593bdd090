import { foldText } from './fold-text'
import { scoreMatch } from './match-score'

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
 * Scores candidates against the query and keeps the best `limit` at or above `minScore`, best first
 * (newer first on a tie). An exact match whose stored neighbours are the query's is in context (101).
 */
export function rankMatches<C extends MatchCandidate>(
  query: MatchQuery,
  candidates: C[],
  { limit, minScore }: { limit: number; minScore: number },
): Array<RankedMatch<C>> {
  const previous = foldText(query.previousText ?? '')
  const next = foldText(query.nextText ?? '')
  const ranked: Array<RankedMatch<C>> = []
  for (const candidate of candidates) {
    const score = scoreMatch(query, { text: candidate.source, formatting: candidate.formatting })
    if (score < minScore) continue
    const hasContext = candidate.prevSource !== '' || candidate.nextSource !== ''
    const isInContext =
      score === 100 && hasContext && candidate.prevSource === previous && candidate.nextSource === next
    ranked.push({
      candidate,
      score: isInContext ? IN_CONTEXT_SCORE : score,
      kind: isInContext ? 'context' : score === 100 ? 'exact' : 'fuzzy',
    })
  }
  ranked.sort((a, b) => b.score - a.score || b.candidate.updatedAt.getTime() - a.candidate.updatedAt.getTime())
  return ranked.slice(0, limit)
}
