import { joinDocs } from '../richtext/join-docs'
import { asDoc } from './rich-json'
import { sqlOf, type SqlTarget } from './sql'

type SourceRow = {
  offset: number
  text: string
  content: unknown
  documentId: string
  title: string
  srcLang: string
  tgtLang: string
}

// The paragraphs of the segment's link (offset 0) and of the links before (-1) and after (1) it, in
// the order the links list them, with the document and the languages: one round trip.
const SEGMENT_SOURCE =
  'WITH seg AS (SELECT s."translationId" FROM "TargetSegment" s WHERE s.id = $1), ' +
  'link AS (SELECT l."translationId", l.position FROM "AlignmentLink" l JOIN seg ON seg."translationId" = l."translationId" ' +
  'WHERE $1 = ANY (l."targetIds") LIMIT 1) ' +
  'SELECT (around.position - link.position)::int AS "offset", p.text, p.content, d.id AS "documentId", d.title, ' +
  'd."sourceLang" AS "srcLang", t.lang AS "tgtLang" ' +
  'FROM link JOIN "AlignmentLink" around ON around."translationId" = link."translationId" ' +
  'AND around.position BETWEEN link.position - 1 AND link.position + 1 ' +
  'CROSS JOIN LATERAL unnest(around."sourceIds") WITH ORDINALITY AS src(id, n) ' +
  'JOIN "SourceParagraph" p ON p.id = src.id ' +
  'JOIN "Translation" t ON t.id = link."translationId" JOIN "Document" d ON d.id = t."documentId" ' +
  'ORDER BY around.position, src.n'
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
export async function getSegmentSource(db: SqlTarget, segmentId: string): Promise<SegmentSource | null> {
  const rows = await sqlOf(db)<SourceRow>(SEGMENT_SOURCE, [segmentId])
  const own = rows.filter((row) => row.offset === 0)
  if (own.length === 0) return null
  const textsAt = (offset: number) =>
    rows
      .filter((row) => row.offset === offset)
      .map((row) => row.text)
      .join(' ')
  const { documentId, title, srcLang, tgtLang } = own[0]!
  return {
    documentId,
    title,
    srcLang,
    tgtLang,
    source: textsAt(0),
    sourceContent: joinDocs(own.map((row) => asDoc(row.content as never))),
    previousSource: textsAt(-1),
    nextSource: textsAt(1),
  }
}
