import type { DbOrTx } from '@/lib/db/client'
import {
  currentSentenceParts,
  getLinkWithSentences,
  loadTexts,
  planSentenceLinks,
  type LinkRef,
  type SentenceLinkRow,
} from '@/lib/db/sentence-links'

export type SentencePairView = {
  position: number
  sourceText: string
  targetText: string
  confidence: number | null
  /** Confirmed by a person */
  confirmed: boolean
  /** auto (made by the aligner) | manual (edited by a person) */
  origin: string
  /** Each side's sentences, the units a split or a move takes */
  sourceSentences: string[]
  targetSentences: string[]
}

type Spans = Array<{ start: number; end: number } & ({ paragraphId: string } | { segmentId: string })>
const sliceSpans = (json: unknown, textOf: ReadonlyMap<string, string>) =>
  (json as Spans).map((x) => (textOf.get('paragraphId' in x ? x.paragraphId : x.segmentId) ?? '').slice(x.start, x.end))

/**
 * A link's stored sentence pairs, whether they still match the current texts, and how to align them
 * again; null when the link is not in that document's translation.
 */
export async function loadLinkSentences(
  db: DbOrTx,
  ref: LinkRef,
): Promise<{
  stored: SentencePairView[]
  current: boolean
  plan: () => SentencePairView[]
  rows: () => SentenceLinkRow[]
} | null> {
  const link = await getLinkWithSentences(db, ref)
  if (!link) return null
  const texts = await loadTexts(db, { sourceIds: link.sourceIds, targetIds: link.targetIds })
  const current = link.sentenceLinks.every(
    (row) =>
      currentSentenceParts(row.source, texts.source, 'paragraphId', row.sourceText) &&
      currentSentenceParts(row.target, texts.target, 'segmentId', row.targetText),
  )
  const rows = () =>
    planSentenceLinks([{ id: link.id, sources: link.sourceIds, targets: link.targetIds }], texts, {
      sourceLang: link.translation.document.sourceLang,
      targetLang: link.translation.lang,
    })
  const toView = (row: Omit<SentenceLinkRow, 'linkId'>): SentencePairView => ({
    position: row.position,
    sourceText: row.sourceText,
    targetText: row.targetText,
    confidence: row.confidence,
    confirmed: row.confirmed ?? false,
    origin: row.origin ?? 'auto',
    sourceSentences: sliceSpans(row.source, texts.source),
    targetSentences: sliceSpans(row.target, texts.target),
  })
  return {
    stored: link.sentenceLinks.map((row) =>
      toView({
        ...row,
        source: row.source as SentenceLinkRow['source'],
        target: row.target as SentenceLinkRow['target'],
      }),
    ),
    current,
    plan: () => rows().map(toView),
    rows,
  }
}

/**
 * The sentence pairs of one link, in order; null when the link is not in that document's translation.
 * Pairs made before an edit of the link's paragraphs or segments are aligned again from the current
 * texts for the answer only: reading writes nothing (`realignSentenceLinks` stores them).
 */
export async function listSentenceLinks(db: DbOrTx, ref: LinkRef): Promise<SentencePairView[] | null> {
  const found = await loadLinkSentences(db, ref)
  if (!found) return null
  return found.current ? found.stored : found.plan()
}
