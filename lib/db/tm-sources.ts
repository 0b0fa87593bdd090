import { joinDocs } from '../richtext/join-docs'
import { asDoc } from './rich-json'
import type { DbOrTx } from './client'
import type { RichDoc } from '../richtext/types'

/** A segment's row as the memory stores it: its source, the sources around it, the document and languages. */
export type SegmentSource = {
  documentId: string
  title: string
  srcLang: string
  tgtLang: string
  source: string
  sourceContent: RichDoc
  previousSource: string
  nextSource: string
}

/**
 * The source a target segment translates (the paragraphs of the link holding it, joined) and the sources
 * of the links before and after it; null when the segment is in no link with a source.
 */
export async function getSegmentSource(db: DbOrTx, segmentId: string): Promise<SegmentSource | null> {
  const segment = await db.targetSegment.findUnique({
    where: { id: segmentId },
    select: {
      translationId: true,
      translation: { select: { lang: true, document: { select: { id: true, title: true, sourceLang: true } } } },
    },
  })
  if (!segment) return null
  const link = await db.alignmentLink.findFirst({
    where: { translationId: segment.translationId, targetIds: { has: segmentId } },
    select: { position: true },
  })
  if (!link) return null
  const around = await db.alignmentLink.findMany({
    where: { translationId: segment.translationId, position: { gte: link.position - 1, lte: link.position + 1 } },
    orderBy: { position: 'asc' },
    select: { position: true, sourceIds: true },
  })
  const ids = around.flatMap((l) => l.sourceIds)
  const paragraphs = await db.sourceParagraph.findMany({
    where: { id: { in: ids } },
    select: { id: true, content: true, text: true },
  })
  const byId = new Map(paragraphs.map((p) => [p.id, p]))
  const partsOf = (position: number) =>
    (around.find((l) => l.position === position)?.sourceIds ?? []).flatMap((id) => byId.get(id) ?? [])
  const own = partsOf(link.position)
  if (own.length === 0) return null
  const document = segment.translation.document
  return {
    documentId: document.id,
    title: document.title,
    srcLang: document.sourceLang,
    tgtLang: segment.translation.lang,
    source: own.map((p) => p.text).join(' '),
    sourceContent: joinDocs(own.map((p) => asDoc(p.content))),
    previousSource: partsOf(link.position - 1)
      .map((p) => p.text)
      .join(' '),
    nextSource: partsOf(link.position + 1)
      .map((p) => p.text)
      .join(' '),
  }
}
