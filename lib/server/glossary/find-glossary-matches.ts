import type { DbOrTx } from '../../db/client'
import { getGlossaryStamp, listGlossaryTerms, type LangPair } from '../../db/glossary'
import { findTerms } from '../../glossary/find-terms'
import type { TermMatch } from '../../glossary/term'
import { buildTermIndex, type TermIndex } from '../../glossary/term-index'

const MAX_CACHED_PAIRS = 50
type Cache = Map<string, { stamp: string; index: TermIndex }>
// One cache per database client, so test databases never share one.
const caches = new WeakMap<DbOrTx, Cache>()

/** A pair's term index, rebuilt only when its terms changed since (one small aggregate query per call). */
export async function loadGlossaryIndex(db: DbOrTx, pair: LangPair): Promise<TermIndex> {
  const key = `${pair.srcLang}\n${pair.tgtLang}`
  const stamp = await getGlossaryStamp(db, pair)
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const cached = cache.get(key)
  if (cached && cached.stamp === stamp) return cached.index
  const index = buildTermIndex(await listGlossaryTerms(db, pair), pair.srcLang)
  if (cache.size >= MAX_CACHED_PAIRS) cache.delete(cache.keys().next().value!)
  cache.set(key, { stamp, index })
  return index
}

/** The glossary terms of a language pair found in a source text (see `findTerms`). */
export async function findGlossaryMatches(db: DbOrTx, pair: LangPair, text: string): Promise<TermMatch[]> {
  if (!text.trim()) return []
  return findTerms(text, await loadGlossaryIndex(db, pair))
}
