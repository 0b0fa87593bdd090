import type { DbOrTx } from '@/lib/db/client'
import { findTmCandidates } from '@/lib/db/tm-units'
import { docToHtml } from '@/lib/richtext/doc-to-html'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { RichDoc } from '@/lib/richtext/types'
import { formattingOf } from '@/lib/tm/formatting-of'
import { rankMatches, type MatchKind } from '@/lib/tm/rank-matches'

/** A memory match as the API and the editor show it. */
export type TmMatch = {
  /** 0–100; 101 for an exact match in context (the same sources before and after). */
  score: number
  kind: MatchKind
  source: string
  target: string
  sourceHtml: string
  targetHtml: string
  targetContent: RichDoc
  origin: string
  originLabel: string
  documentId: string | null
  author: string | null
  updatedAt: string
}

// Trigram candidates scored exactly: enough to find the best few among near-duplicates.
const CANDIDATES = 40
/** Fuzzy matches below this are noise to a translator. */
export const MIN_MATCH_SCORE = 50

export type FindMatchesInput = {
  srcLang: string
  tgtLang: string
  text: string
  previousText?: string
  nextText?: string
  /** The target segment being translated: its own translation, saved to the memory, is no match for it. */
  segmentId?: string
  limit: number
}

/** The best matches for a source sentence in the memory of a pair, best first. */
export async function findMatches(db: DbOrTx, input: FindMatchesInput): Promise<TmMatch[]> {
  const candidates = await findTmCandidates(db, { ...input, limit: CANDIDATES })
  const ranked = rankMatches(
    { text: input.text, previousText: input.previousText, nextText: input.nextText },
    candidates.map((c) => ({ ...c, formatting: formattingOf(c.sourceContent ?? textToDoc(c.source)) })),
    { limit: input.limit, minScore: MIN_MATCH_SCORE },
  )
  return ranked.map(({ candidate: c, score, kind }) => {
    const targetContent = c.targetContent ?? textToDoc(c.target)
    return {
      score,
      kind,
      source: c.source,
      target: c.target,
      sourceHtml: docToHtml(c.sourceContent ?? textToDoc(c.source)),
      targetHtml: docToHtml(targetContent),
      targetContent,
      origin: c.origin,
      originLabel: c.originLabel,
      documentId: c.documentId,
      author: c.author,
      updatedAt: c.updatedAt.toISOString(),
    }
  })
}
