import type { DbOrTx } from '../../db/client'
import { getGlossaryStamp, listGlossaryTermBatches, type LangPair } from '../../db/glossary'
import { yieldToEventLoop } from '../../db/raw-sql'
import { findTerms } from '../../glossary/find-terms'
import type { TermMatch } from '../../glossary/term'
import { addToTermIndex, emptyTermIndex, type TermIndex } from '../../glossary/term-index'

const MAX_CACHED_PAIRS = 50
// Terms read and indexed between two turns of the event loop.
const INDEX_BATCH = 1000
// An index being built resolves to the index: requests that arrive meanwhile wait for the same one.
type Cache = Map<string, { stamp: string; index: Promise<TermIndex> }>
// One cache per database client, so test databases never share one.
const caches = new WeakMap<DbOrTx, Cache>()

/**
 * A pair's terms indexed, read and indexed a page at a time with turns of the event loop between: with
 * 200,000 terms, the rebuild after a change held every other request for 15 s (`npm run bench:glossary-index`).
 */
async function buildIndex(db: DbOrTx, pair: LangPair): Promise<TermIndex> {
  const index = emptyTermIndex(pair.srcLang)
  for await (const terms of listGlossaryTermBatches(db, pair, INDEX_BATCH)) {
    // Only what the matcher reports is kept (not definitions and notes).
    addToTermIndex(
      index,
      terms.map(({ id, sourceTerm, targetTerm, forbidden }) => ({ id, sourceTerm, targetTerm, forbidden })),
    )
    await yieldToEventLoop()
  }
  return index
}

/** A pair's term index, rebuilt only when its terms changed since (one small aggregate query per call). */
export async function loadGlossaryIndex(db: DbOrTx, pair: LangPair): Promise<TermIndex> {
  const key = `${pair.srcLang}\n${pair.tgtLang}`
  const stamp = await getGlossaryStamp(db, pair)
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const cached = cache.get(key)
  if (cached && cached.stamp === stamp) return cached.index
  const index = buildIndex(db, pair)
  if (cache.size >= MAX_CACHED_PAIRS) cache.delete(cache.keys().next().value!)
  cache.set(key, { stamp, index })
  // A build that fails is not kept: the next call tries again.
  index.catch(() => {
    if (cache.get(key)?.index === index) cache.delete(key)
  })
  return index
}

/** The glossary terms of a language pair found in a source text (see `findTerms`). */
export async function findGlossaryMatches(db: DbOrTx, pair: LangPair, text: string): Promise<TermMatch[]> {
  if (!text.trim()) return []
  return findTerms(text, await loadGlossaryIndex(db, pair))
}
