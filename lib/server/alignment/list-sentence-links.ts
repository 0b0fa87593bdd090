import type { DbOrTx } from '@/lib/db/client'
import {
  currentSentenceParts,
  getLinkWithSentences,
  loadTexts,
  planSentenceLinks,
  type LinkRef,
  type SentenceLinkRow,
} from '@/lib/db/sentence-links'

export type SentencePairView = { position: number; sourceText: string; targetText: string; confidence: number | null }

/**
 * A link's stored sentence pairs, whether they still match the current texts, and how to align them
 * again; null when the link is not in that document's translation.
 */
export async function loadLinkSentences(
  db: DbOrTx,
  ref: LinkRef,
): Promise<{ stored: SentencePairView[]; current: boolean; plan: () => SentenceLinkRow[] } | null> {
  const link = await getLinkWithSentences(db, ref)
  if (!link) return null
  const texts = await loadTexts(db, { sourceIds: link.sourceIds, targetIds: link.targetIds })
  const current = link.sentenceLinks.every(
    (row) =>
      currentSentenceParts(row.source, texts.source, 'paragraphId', row.sourceText) &&
      currentSentenceParts(row.target, texts.target, 'segmentId', row.targetText),
  )
  const plan = () =>
    planSentenceLinks([{ id: link.id, sources: link.sourceIds, targets: link.targetIds }], texts, {
      sourceLang: link.translation.document.sourceLang,
      targetLang: link.translation.lang,
    })
  return { stored: link.sentenceLinks, current, plan }
}

export const toSentencePairViews = (rows: Array<SentencePairView>): SentencePairView[] =>
  rows.map(({ position, sourceText, targetText, confidence }) => ({ position, sourceText, targetText, confidence }))

/**
 * The sentence pairs of one link, in order; null when the link is not in that document's translation.
 * Pairs made before an edit of the link's paragraphs or segments are aligned again from the current
 * texts for the answer only: reading writes nothing (`realignSentenceLinks` stores them).
 */
export async function listSentenceLinks(db: DbOrTx, ref: LinkRef): Promise<SentencePairView[] | null> {
  const found = await loadLinkSentences(db, ref)
  if (!found) return null
  return toSentencePairViews(found.current ? found.stored : found.plan())
}
