import { IN_CONTEXT_SCORE, type MatchKind } from './rank-matches'

/**
 * Where a pre-translated segment's text came from (`TargetSegment.pretranslation`): the kind and score of
 * the memory match and the unit's origin (a document id or a TMX file name) with its label. Kept on the
 * segment until its next save, so the editor shows it until a person edits the segment.
 */
export type Pretranslation = {
  kind: 'exact' | 'context'
  score: number
  origin: string
  originLabel: string
  documentId: string | null
}

/** Which matches may fill a segment: 100% and in-context ones (the default), or in-context ones only. */
export type PretranslateMinimum = 'exact' | 'context'

/** The lowest score a match needs to fill a segment under the minimum. */
export function minimumScore(minimum: PretranslateMinimum): number {
  return minimum === 'context' ? IN_CONTEXT_SCORE : 100
}

/** The first (best) match good enough to fill a segment, or null; matches come best first. */
export function pickPretranslation<M extends { score: number; kind: MatchKind }>(
  matches: readonly M[],
  minimum: PretranslateMinimum,
): (M & { kind: 'exact' | 'context' }) | null {
  const best = matches[0]
  if (!best || best.kind === 'fuzzy' || best.score < minimumScore(minimum)) return null
  return best as M & { kind: 'exact' | 'context' }
}

/** A stored `pretranslation` value read back, or null when there is none (or it is not one). */
export function asPretranslation(value: unknown): Pretranslation | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (v.kind !== 'exact' && v.kind !== 'context') return null
  if (typeof v.score !== 'number' || typeof v.origin !== 'string' || typeof v.originLabel !== 'string') return null
  return {
    kind: v.kind,
    score: v.score,
    origin: v.origin,
    originLabel: v.originLabel,
    documentId: typeof v.documentId === 'string' ? v.documentId : null,
  }
}
