import type { Db } from '@/lib/db/client'
import { replaceSentenceLinks, type LinkRef } from '@/lib/db/sentence-links'
import { loadLinkSentences, type SentencePairView } from './list-sentence-links'

/** Aligns the sentences of one link again when its pairs are stale, and stores them; null when there is no such link. */
export async function realignSentenceLinks(db: Db, ref: LinkRef): Promise<SentencePairView[] | null> {
  const found = await loadLinkSentences(db, ref)
  if (!found) return null
  if (found.current) return found.stored
  await replaceSentenceLinks(db, ref.linkId, found.rows())
  return found.plan()
}
