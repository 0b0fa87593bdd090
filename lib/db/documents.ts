import { authorize } from '../auth/permissions'
import { AppError } from '../errors'
import { docToHtml } from '../richtext/doc-to-html'
import { countWords, docToText } from '../richtext/doc-to-text'
import type { RichDoc } from '../richtext/types'
import { insertParagraphs, newId, type ParagraphRow } from './bulk-insert'
import type { Db, DbOrTx } from './client'
import { deleteImportingDocument } from './importing-documents'
import { rawSqlOf, sharesOneSession, yieldToEventLoop } from './raw-sql'
import { emptyProgress, type Progress } from '../workbench/progress'
import { asDoc } from './rich-json'
import type { Actor } from '../auth/permissions'
import { SEGMENT_STATUSES } from '../workbench/segment-states'

export type DocumentOrigin = {
  date?: string
  copyright?: string
  sourceName?: string
  fileName?: string
  /** Notes about the whole imported file (TMX header, XLIFF file notes). */
  notes?: string[]
}
/** `filledSegments`: segments with any text, what deleting the translation would lose. */
export type TranslationSummary = { id: string; lang: string; progress: Progress; filledSegments: number }
export type DocumentSummary = {
  id: string
  title: string
  sourceLang: string
  origin: DocumentOrigin
  createdAt: Date
  paragraphCount: number
  wordCount: number
  translations: TranslationSummary[]
}

// Paragraphs go in 500 a statement (`unnest`, docs/decisions/003-streamed-imports.md): a bounded
// statement, and Prisma's driver adapter keeps the arguments of only so many of them alive.
const BATCH = 500
// Measured with `npx tsx bench/create-document.ts` on 2 cores shared at a load average of 12: one
// 20,000-paragraph document takes 6.5 s on PostgreSQL (4 s of it inside the transaction) and 9 s on
// PGlite; three at once 18 s and 25 s. Prisma's default 5 s timeout failed them on PostgreSQL; a
// minute gives a margin of ten, and waiting 30 s for a turn lets concurrent creates queue.
const CREATE_TRANSACTION = { timeout: 60_000, maxWait: 30_000 }

/** Creates a document with its source paragraphs in one transaction (on PGlite, in short ones: `createInSteps`). */
/**
 * A new document's paragraph rows: plain text and word count of each. Counting words with the segmenter
 * (Chinese, or any text with a character the quick count does not know) took 3.3 s for 21,000
 * paragraphs; the event loop turns every `BATCH` rows, so other requests wait one batch at most.
 */
async function paragraphRows(paragraphs: RichDoc[]): Promise<ParagraphRow[]> {
  const rows: ParagraphRow[] = []
  for (const [position, content] of paragraphs.entries()) {
    if (position > 0 && position % BATCH === 0) await yieldToEventLoop()
    const text = docToText(content)
    rows.push({ id: newId(), position, content, text, wordCount: countWords(text) })
  }
  return rows
}

export async function createDocument(
  db: DbOrTx,
  input: { title: string; sourceLang: string; paragraphs: RichDoc[]; origin?: DocumentOrigin; slug?: string },
): Promise<{ id: string }> {
  const rows = await paragraphRows(input.paragraphs)
  if ('$transaction' in db && sharesOneSession(db)) return createInSteps(db, input, rows)
  const create = async (tx: DbOrTx) => {
    const document = await tx.document.create({
      data: { title: input.title, sourceLang: input.sourceLang, origin: input.origin ?? {}, slug: input.slug ?? null },
      select: { id: true },
    })
    for (let i = 0; i < rows.length; i += BATCH) await insertParagraphs(tx, document.id, rows.slice(i, i + BATCH))
    return document
  }
  return '$transaction' in db ? db.$transaction(create, CREATE_TRANSACTION) : create(db)
}

/**
 * PGlite (docs/decisions/022): the document is created hidden (`importing`), its paragraphs added 500
 * a statement, each statement a turn of its own, and it is shown last; a failure deletes it, and one
 * left by a killed process is deleted at the next start.
 */
async function createInSteps(
  db: Db,
  input: { title: string; sourceLang: string; origin?: DocumentOrigin; slug?: string },
  rows: ParagraphRow[],
): Promise<{ id: string }> {
  const document = await db.document.create({
    data: {
      title: input.title,
      sourceLang: input.sourceLang,
      origin: input.origin ?? {},
      slug: input.slug ?? null,
      importing: true,
    },
    select: { id: true },
  })
  try {
    for (let i = 0; i < rows.length; i += BATCH) {
      await yieldToEventLoop()
      await insertParagraphs(db, document.id, rows.slice(i, i + BATCH))
    }
    await db.document.update({ where: { id: document.id }, data: { importing: false }, select: { id: true } })
    return document
  } catch (error) {
    const raw = rawSqlOf(db)
    if (raw) await deleteImportingDocument(raw, document.id).catch(() => undefined)
    throw error
  }
}

const EMPTY_RANK = SEGMENT_STATUSES.indexOf('empty')
const STATUS_RANK = `CASE s.status::text ${SEGMENT_STATUSES.map((status, rank) => `WHEN '${status}' THEN ${rank}`).join(' ')} ELSE ${EMPTY_RANK} END`

/**
 * Each link's tally in SQL, as `computeProgress` counts it (its status the least finished of its targets,
 * a missing target or none counting as empty; its words its source paragraphs'), grouped by translation
 * and status: a 15,000-link translation is a few rows here, not 45,000 rows read into the app.
 */
const PROGRESS_SQL = `
SELECT a."translationId" AS "translationId", COALESCE(r.rank, ${EMPTY_RANK})::int AS rank,
       count(*)::int AS count, COALESCE(sum(w.words), 0)::int AS words
FROM "AlignmentLink" a
JOIN "Translation" t ON t.id = a."translationId"
LEFT JOIN LATERAL (
  SELECT min(${STATUS_RANK}) AS rank FROM unnest(a."targetIds") AS u(id) LEFT JOIN "TargetSegment" s ON s.id = u.id
) r ON true
LEFT JOIN LATERAL (
  SELECT sum(p."wordCount") AS words FROM unnest(a."sourceIds") AS v(id) JOIN "SourceParagraph" p ON p.id = v.id
) w ON true
WHERE t."documentId" = ANY($1::text[])
GROUP BY 1, 2`

/** Progress of each translation of the given documents, computed from links, statuses and source words. */
export async function summarizeTranslations(
  db: DbOrTx,
  documentIds: string[],
): Promise<Map<string, TranslationSummary[]>> {
  if (documentIds.length === 0) return new Map()
  // One after another: a transaction (and PGlite) runs one query at a time anyway.
  const translations = await db.translation.findMany({
    where: { documentId: { in: documentIds } },
    orderBy: { lang: 'asc' },
    select: { id: true, lang: true, documentId: true },
  })
  const tallies = await db.$queryRawUnsafe<
    Array<{ translationId: string; rank: number; count: number; words: number }>
  >(PROGRESS_SQL, documentIds)
  const filled = await db.targetSegment.groupBy({
    by: ['translationId'],
    where: { translation: { documentId: { in: documentIds } }, NOT: { text: '' } },
    _count: { _all: true },
  })
  const progressOf = new Map<string, Progress>()
  for (const { translationId, rank, count, words } of tallies) {
    const progress = progressOf.get(translationId) ?? emptyProgress()
    progress.byStatus[SEGMENT_STATUSES[rank] ?? 'empty'] = { count, words }
    progress.total.count += count
    progress.total.words += words
    progressOf.set(translationId, progress)
  }
  const filledOf = new Map(filled.map((f) => [f.translationId, f._count._all]))
  const result = new Map<string, TranslationSummary[]>()
  for (const t of translations) {
    const list = result.get(t.documentId) ?? []
    list.push({
      id: t.id,
      lang: t.lang,
      progress: progressOf.get(t.id) ?? emptyProgress(),
      filledSegments: filledOf.get(t.id) ?? 0,
    })
    result.set(t.documentId, list)
  }
  return result
}

/** Every document with counts and per-language progress, newest first. */
export async function listDocuments(db: DbOrTx): Promise<DocumentSummary[]> {
  const documents = await db.document.findMany({
    where: { importing: false },
    orderBy: { createdAt: 'desc' },
    select: { id: true, title: true, sourceLang: true, origin: true, createdAt: true },
  })
  const counts = await db.sourceParagraph.groupBy({
    by: ['documentId'],
    _count: { _all: true },
    _sum: { wordCount: true },
  })
  const countOf = new Map(counts.map((c) => [c.documentId, c]))
  const translations = await summarizeTranslations(
    db,
    documents.map((d) => d.id),
  )
  return documents.map((d) => ({
    ...d,
    origin: d.origin as DocumentOrigin,
    paragraphCount: countOf.get(d.id)?._count._all ?? 0,
    wordCount: countOf.get(d.id)?._sum.wordCount ?? 0,
    translations: translations.get(d.id) ?? [],
  }))
}

export type DocumentDetail = DocumentSummary & {
  paragraphs: Array<{ id: string; position: number; text: string; html: string; content: RichDoc; wordCount: number }>
}

/**
 * One document with its paragraphs and translations, or null (also while an import still writes it).
 * `paragraphLimit` reads only the first paragraphs (a page shows a preview of a 15,000-paragraph
 * document, not 3 MB of HTML); the counts are still the whole document's.
 */
export async function getDocument(
  db: DbOrTx,
  id: string,
  options: { paragraphLimit?: number } = {},
): Promise<DocumentDetail | null> {
  const document = await db.document.findUnique({
    where: { id, importing: false },
    select: {
      id: true,
      title: true,
      sourceLang: true,
      origin: true,
      createdAt: true,
      paragraphs: {
        orderBy: { position: 'asc' },
        take: options.paragraphLimit,
        select: { id: true, position: true, text: true, content: true, wordCount: true },
      },
    },
  })
  if (!document) return null
  const totals =
    options.paragraphLimit === undefined
      ? null
      : await db.sourceParagraph.aggregate({ where: { documentId: id }, _count: true, _sum: { wordCount: true } })
  const translations = await summarizeTranslations(db, [id])
  const paragraphs = document.paragraphs.map((p) => ({
    ...p,
    content: asDoc(p.content),
    html: docToHtml(asDoc(p.content)),
  }))
  return {
    ...document,
    origin: document.origin as DocumentOrigin,
    paragraphs,
    paragraphCount: totals ? totals._count : paragraphs.length,
    wordCount: totals ? (totals._sum.wordCount ?? 0) : paragraphs.reduce((sum, p) => sum + p.wordCount, 0),
    translations: translations.get(id) ?? [],
  }
}

/** The id of the document with this slug, or null. */
export async function findDocumentBySlug(db: DbOrTx, slug: string): Promise<string | null> {
  const found = await db.document.findUnique({ where: { slug }, select: { id: true } })
  return found?.id ?? null
}

export type DocumentMeta = { id: string; title: string; sourceLang: string; langs: string[] }

/** A document's title, source language and translation languages, without its content. */
export async function getDocumentMeta(db: DbOrTx, id: string): Promise<DocumentMeta | null> {
  const document = await db.document.findUnique({
    where: { id, importing: false },
    select: {
      id: true,
      title: true,
      sourceLang: true,
      translations: { select: { lang: true }, orderBy: { lang: 'asc' } },
    },
  })
  return (
    document && {
      id: document.id,
      title: document.title,
      sourceLang: document.sourceLang,
      langs: document.translations.map((t) => t.lang),
    }
  )
}

/** How many source paragraphs a document has. */
export async function countParagraphs(db: DbOrTx, documentId: string): Promise<number> {
  return db.sourceParagraph.count({ where: { documentId } })
}

/** Deletes a document with its paragraphs and translations (the schema cascades the rest). Admins only. */
export async function deleteDocument(db: DbOrTx, id: string, actor: Actor): Promise<void> {
  authorize(actor, 'documents.delete')
  const { count } = await db.document.deleteMany({ where: { id } })
  if (count === 0) throw new AppError('document.notFound')
}
