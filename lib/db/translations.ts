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
import { readInPages } from './read-in-pages'
import { yieldToEventLoop } from './raw-sql'
import { sqlOf, sqlTransaction, utc, type Sql, type SqlTarget } from './sql'
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

/** How often a long translation is read page by page when alignment operations keep changing it meanwhile. */
const READ_ATTEMPTS = 3
/** Rows turned into views between two turns of the event loop (each one's HTML is written here). */
const ROWS_PER_TURN = 500

/** A document's translation into a language: its id and version (none while the document is being imported). */
async function readTranslationHead(
  sql: Sql,
  { documentId, lang }: { documentId: string; lang: string },
  { lock = false }: { lock?: boolean } = {},
) {
  // A document still being imported (PGlite writes it in short transactions, hidden) has no translation yet.
  const [head] = await sql<{ id: string; documentId: string; lang: string; version: number }>(
    'SELECT t.id, t."documentId", t.lang, t.version FROM "Translation" t JOIN "Document" d ON d.id = t."documentId" ' +
      `WHERE t."documentId" = $1 AND t.lang = $2 AND NOT d.importing${lock ? ' FOR SHARE OF t' : ''}`,
    [documentId, lang],
  )
  return head
}

/** The links, segments and paragraphs of a translation, each read a page at a time. */
async function readTranslationRows(sql: Sql, translationId: string, documentId: string) {
  const links = await readInPages<StoredLink>(
    sql,
    'SELECT id, position, "sourceIds", "targetIds", confidence, confirmed, origin FROM "AlignmentLink" ' +
      'WHERE "translationId" = $1',
    [translationId],
  )
  const segments = await readInPages<SegmentRow>(
    sql,
    `SELECT s.id, s.position, s.text, s.content, s.status::text AS status, s.version, ${utc('s."updatedAt"')} AS "updatedAt", ` +
      'u.name AS "updatedByName", s.pretranslation FROM "TargetSegment" s LEFT JOIN "User" u ON u.id = s."updatedById" ' +
      'WHERE s."translationId" = $1',
    [translationId],
    { keys: ['s.position', 's.id'] },
  )
  const paragraphs = await readInPages<ParagraphRow>(
    sql,
    'SELECT id, position, text, content, "wordCount" FROM "SourceParagraph" WHERE "documentId" = $1',
    [documentId],
  )
  return { links, segments, paragraphs }
}

/**
 * The rows of the side-by-side editor: one per alignment link, with its sources and targets. A long
 * translation is read a page at a time, so other requests run in between; when an alignment operation
 * (which moves the translation to a new version) lands meanwhile, it is read again.
 */
export async function getTranslation(
  db: SqlTarget,
  { documentId, lang, withHtml = true }: { documentId: string; lang: string; withHtml?: boolean },
): Promise<TranslationView | null> {
  const sql = sqlOf(db)
  let translation = await readTranslationHead(sql, { documentId, lang })
  if (!translation) return null
  let read = await readTranslationRows(sql, translation.id, documentId)
  for (let attempt = 1; ; attempt++) {
    const now = await readTranslationHead(sql, { documentId, lang })
    if (!now) return null
    if (now.id === translation.id && now.version === translation.version) break
    translation = now
    if (attempt < READ_ATTEMPTS) {
      read = await readTranslationRows(sql, now.id, documentId)
      continue
    }
    // Still moving after a few reads: read once more holding the translation's row, which every alignment
    // operation updates first (its version), so none lands until the read ends.
    const last = await sqlTransaction(db, async (tx) => {
      const head = await readTranslationHead(tx, { documentId, lang }, { lock: true })
      return head && { head, rows: await readTranslationRows(tx, head.id, documentId) }
    })
    if (!last) return null
    translation = last.head
    read = last.rows
    break
  }
  const { links, segments, paragraphs } = read
  const openComments = await countOpenThreads(sql, translation.id)
  const sourceOf = new Map<string, SourceView>()
  for (const [k, p] of paragraphs.entries()) {
    if (k > 0 && k % ROWS_PER_TURN === 0) await yieldToEventLoop()
    const content = asDoc(p.content as never)
    sourceOf.set(p.id, { ...p, content, html: withHtml ? docToHtml(content) : '' })
  }
  const segmentOf = new Map<string, SegmentView>()
  for (const [k, s] of segments.entries()) {
    if (k > 0 && k % ROWS_PER_TURN === 0) await yieldToEventLoop()
    const content = asDoc(s.content as never)
    segmentOf.set(s.id, {
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
    })
  }
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
