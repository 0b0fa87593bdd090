import type { DbOrTx } from '@/lib/db/client'
import { searchTmUnits } from '@/lib/db/tm-units'
import { findHits, type TextHit } from '@/lib/tm/find-hits'

export type ConcordanceSide = 'source' | 'target' | 'both'

/** A concordance hit: a unit with the spans of the query in its source and target. */
export type ConcordanceHit = {
  source: string
  target: string
  sourceHits: TextHit[]
  targetHits: TextHit[]
  origin: string
  originLabel: string
  documentId: string | null
  updatedAt: string
}

export type ConcordanceInput = {
  srcLang: string
  tgtLang: string
  query: string
  side: ConcordanceSide
  ignoreCase: boolean
  ignoreDiacritics: boolean
  limit: number
}

// The index finds units with everything folded; the stricter comparison asked for drops some of them.
const OVERFETCH = 5

/**
 * Finds a word or phrase in the memory of a pair: the units whose source, target or either side holds
 * it, newest first, with the spans to highlight. Ё/е and Unicode normal forms are always folded; case
 * and diacritics when asked.
 */
export async function searchConcordance(db: DbOrTx, input: ConcordanceInput): Promise<ConcordanceHit[]> {
  const units = await searchTmUnits(db, { ...input, limit: input.limit * OVERFETCH })
  const options = { ignoreCase: input.ignoreCase, ignoreDiacritics: input.ignoreDiacritics }
  const hits: ConcordanceHit[] = []
  for (const unit of units) {
    const sourceHits = input.side === 'target' ? [] : findHits(unit.source, input.query, options)
    const targetHits = input.side === 'source' ? [] : findHits(unit.target, input.query, options)
    if (sourceHits.length === 0 && targetHits.length === 0) continue
    hits.push({
      source: unit.source,
      target: unit.target,
      sourceHits,
      targetHits,
      origin: unit.origin,
      originLabel: unit.originLabel,
      documentId: unit.documentId,
      updatedAt: unit.updatedAt.toISOString(),
    })
    if (hits.length === input.limit) break
  }
  return hits
}
