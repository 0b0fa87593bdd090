import { authorize } from '../auth/permissions'
import { AppError } from '../errors'
import { canonicalLanguage } from '../languages'
import { docToHtml } from '../richtext/doc-to-html'
import { emptyDoc } from '../richtext/empty-doc'
import type { RichDoc } from '../richtext/types'
import { asPretranslation, type Pretranslation } from '../tm/pretranslation'
import type { SegmentStatus } from '../workbench/segment-states'
import { newId, type LinkRow } from './bulk-insert'
import { countOpenThreads } from './comments'
import type { DbOrTx } from './client'
import { sqlOf, utc, type SqlTarget } from './sql'
import { insertTranslation } from './insert-translation'
import { asDoc } from './rich-json'
import type { Actor } from '../auth/permissions'

export type SegmentView = {
  id: string
  position: number
  text: string
  html: string
  content: RichDoc
  status: SegmentStatus
  version: number
  updatedAt: Date
  updatedBy: string | null
  /** Open comment threads on the segment. */
  openComments: number
  /** Where the text came from when it was pre-translated from the memory and nobody has saved it since. */
  pretranslation: Pretranslation | null
}
export type SourceView = {
  id: string
  position: number
  text: string
  html: string
  content: RichDoc
  wordCount: number
}
export type RowView = {
  linkId: string
  position: number
  sourceIds: string[]
  sources: SourceView[]
  targets: SegmentView[]
  confidence: number | null
  confirmed: boolean
  origin: string
  type: string
}
export type TranslationView = { id: string; documentId: string; lang: string; version: number; rows: RowView[] }

/** Adds a target language: one empty segment per source paragraph, linked 1:1. */
export async function createTranslation(
  db: DbOrTx,
  { documentId, lang }: { documentId: string; lang: string },
): Promise<{ id: string; lang: string }> {
  const tag = canonicalLanguage(lang)
  if (!tag) throw new AppError('language.invalid', { lang })
  const run = async (tx: DbOrTx) => {
    const paragraphs = await tx.sourceParagraph.findMany({
      where: { documentId },
      orderBy: { position: 'asc' },
      select: { id: true },
    })
    const segments = paragraphs.map((_, position) => ({
      id: newId(),
      position,
      content: emptyDoc(),
      text: '',
      wordCount: 0,
      status: 'empty' as const,
      version: 1,
      updatedById: null,
    }))
    const links = paragraphs.map((p, position) => ({
      id: newId(),
      position,
      sourceIds: [p.id],
      targetIds: [segments[position]!.id],
      confidence: null,
      confirmed: true,
    }))
    return insertTranslation(tx, { documentId, lang: tag, segments, links })
  }
  return '$transaction' in db ? db.$transaction(run, { timeout: 60_000 }) : run(db)
}

/** A document's translation into a language, or null. */
export function findTranslation(db: DbOrTx, { documentId, lang }: { documentId: string; lang: string }) {
  return db.translation.findUnique({
    where: { documentId_lang: { documentId, lang }, document: { importing: false } },
    select: { id: true },
  })
}

/** A stored link as the editor reads it: the row `insertLinks` writes, with its origin always there. */
type StoredLink = Required<LinkRow>
type SegmentRow = {
  id: string
  position: number
  text: string
  content: unknown
  status: string
  version: number
  updatedAt: Date
  updatedByName: string | null
  pretranslation: unknown
}
type ParagraphRow = { id: string; position: number; text: string; content: unknown; wordCount: number }

/** The rows of the side-by-side editor: one per alignment link, with its sources and targets. */
export async function getTranslation(
  db: SqlTarget,
  { documentId, lang, withHtml = true }: { documentId: string; lang: string; withHtml?: boolean },
): Promise<TranslationView | null> {
  const sql = sqlOf(db)
  // A document still being imported (PGlite writes it in short transactions, hidden) has no translation yet.
  const [translation] = await sql<{ id: string; documentId: string; lang: string; version: number }>(
    'SELECT t.id, t."documentId", t.lang, t.version FROM "Translation" t JOIN "Document" d ON d.id = t."documentId" ' +
      'WHERE t."documentId" = $1 AND t.lang = $2 AND NOT d.importing',
    [documentId, lang],
  )
  if (!translation) return null
  const links = await sql<StoredLink>(
    'SELECT id, position, "sourceIds", "targetIds", confidence, confirmed, origin FROM "AlignmentLink" ' +
      'WHERE "translationId" = $1 ORDER BY position',
    [translation.id],
  )
  const segments = await sql<SegmentRow>(
    `SELECT s.id, s.position, s.text, s.content, s.status::text AS status, s.version, ${utc('s."updatedAt"')} AS "updatedAt", ` +
      'u.name AS "updatedByName", s.pretranslation FROM "TargetSegment" s LEFT JOIN "User" u ON u.id = s."updatedById" ' +
      'WHERE s."translationId" = $1',
    [translation.id],
  )
  const paragraphs = await sql<ParagraphRow>(
    'SELECT id, position, text, content, "wordCount" FROM "SourceParagraph" WHERE "documentId" = $1',
    [documentId],
  )
  const openComments = await countOpenThreads(sql, translation.id)
  const sourceOf = new Map(
    paragraphs.map((p) => {
      const content = asDoc(p.content as never)
      return [p.id, { ...p, content, html: withHtml ? docToHtml(content) : '' }]
    }),
  )
  const segmentOf = new Map(
    segments.map((s) => {
      const content = asDoc(s.content as never)
      return [
        s.id,
        {
          id: s.id,
          position: s.position,
          text: s.text,
          content,
          html: withHtml ? docToHtml(content) : '',
          status: s.status as SegmentStatus,
          version: s.version,
          updatedAt: s.updatedAt,
          updatedBy: s.updatedByName,
          openComments: openComments.get(s.id) ?? 0,
          pretranslation: asPretranslation(s.pretranslation),
        },
      ]
    }),
  )
  const rows = links.map((link) => ({
    linkId: link.id,
    position: link.position,
    sourceIds: link.sourceIds,
    sources: link.sourceIds.flatMap((id) => sourceOf.get(id) ?? []),
    targets: link.targetIds.flatMap((id) => segmentOf.get(id) ?? []),
    confidence: link.confidence,
    confirmed: link.confirmed,
    origin: link.origin,
    type: `${link.sourceIds.length}:${link.targetIds.length}`,
  }))
  return {
    id: translation.id,
    documentId: translation.documentId,
    lang: translation.lang,
    version: translation.version,
    rows,
  }
}

/**
 * Deletes one language of a document with its segments, links, operations and revisions (cascaded).
 * Admins and translators of the language only. `lang` is the stored tag exactly, as `getTranslation` takes it.
 */
export async function deleteTranslation(
  db: DbOrTx,
  { documentId, lang }: { documentId: string; lang: string },
  actor: Actor,
): Promise<void> {
  authorize(actor, 'translations.delete', lang)
  const { count } = await db.translation.deleteMany({ where: { documentId, lang } })
  if (count > 0) return
  const document = await db.document.findUnique({ where: { id: documentId, importing: false }, select: { id: true } })
  throw new AppError(document ? 'translation.notFound' : 'document.notFound')
}
