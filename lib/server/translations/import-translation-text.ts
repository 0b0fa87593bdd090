import { AppError } from '@/lib/errors'
import { canonicalLanguage } from '@/lib/languages'
import { countWords, docToText } from '@/lib/richtext/doc-to-text'
import { isEmptyDoc } from '@/lib/richtext/empty-doc'
import type { RichDoc } from '@/lib/richtext/types'
import {
  batchesOf,
  insertLinks,
  insertSegments,
  insertSentenceLinks,
  newId,
  type LinkRow,
  type SegmentRow,
} from '@/lib/db/bulk-insert'
import type { Db, DbOrTx } from '@/lib/db/client'
import { deleteImportingDocument } from '@/lib/db/importing-documents'
import { createTranslationRow, insertTranslation } from '@/lib/db/insert-translation'
import { rawSqlOf, sharesOneSession, yieldToEventLoop } from '@/lib/db/raw-sql'
import type { SentenceLinkRow } from '@/lib/db/sentence-links'
import { runCpuTask } from '@/lib/server/workers/cpu-pool'

export type ImportResult = { id: string; lang: string; linkCount: number; types: Record<string, number> }

/** True when the translation has any segment with text (work that an import must not overwrite silently). */
async function hasWork(db: DbOrTx, translationId: string): Promise<boolean> {
  return (await db.targetSegment.count({ where: { translationId, NOT: { text: '' } } })) > 0
}

/**
 * The translation an import would replace (null when there is none), or `translation.exists` when it
 * holds work and `replace` is not set.
 */
async function checkReplaceable(
  db: DbOrTx,
  documentId: string,
  lang: string,
  replace: boolean | undefined,
): Promise<{ id: string } | null> {
  const existing = await db.translation.findUnique({
    where: { documentId_lang: { documentId, lang } },
    select: { id: true },
  })
  if (existing && !replace && (await hasWork(db, existing.id)))
    throw new AppError('translation.exists', { lang, hasWork: true })
  return existing
}

/**
 * Imports an existing translation: aligns its sentences to the source's across the whole text, then stores the segments,
 * paragraph links derived from them and the sentence pairs inside them in one transaction (`report` hears the progress,
 * 0 to 1, between phases). An existing translation
 * with any text is replaced only when `replace` is set; otherwise `translation.exists` (409). That is
 * checked again inside the transaction, so a save or a delete landing meanwhile is neither lost nor a 500.
 */
export async function importTranslationText(
  db: Db,
  input: { documentId: string; lang: string; paragraphs: RichDoc[]; replace?: boolean },
  report: (fraction: number) => Promise<void> | void = () => undefined,
): Promise<ImportResult> {
  const lang = canonicalLanguage(input.lang)
  if (!lang) throw new AppError('language.invalid', { lang: input.lang })
  const document = await db.document.findUnique({
    where: { id: input.documentId, importing: false },
    select: { sourceLang: true, paragraphs: { orderBy: { position: 'asc' }, select: { id: true, text: true } } },
  })
  if (!document) throw new AppError('document.notFound')
  if (document.sourceLang.toLowerCase() === lang.toLowerCase()) throw new AppError('translation.sameAsSource')
  // Checked early so a refused import does no alignment work, and again inside the transaction (below).
  await checkReplaceable(db, input.documentId, lang, input.replace)
  if (input.paragraphs.length === 0) throw new AppError('import.noParagraphs')

  const segments = input.paragraphs.map((content, position) => {
    const text = docToText(content)
    return {
      id: newId(),
      position,
      content,
      text,
      wordCount: countWords(text),
      status: isEmptyDoc(content) ? ('empty' as const) : ('translated' as const),
      version: 1,
      updatedById: null,
    }
  })
  const langs = { sourceLang: document.sourceLang, targetLang: lang }
  await report(0.05)
  // In a worker thread: aligning 20,000 paragraphs takes seconds of CPU the other requests must not wait for.
  const { links, sentences } = await runCpuTask(
    'alignSentencesFirst',
    {
      sources: document.paragraphs.map((p) => ({ id: p.id, text: p.text })),
      targets: segments.map((s) => ({ id: s.id, text: s.text })),
      langs,
    },
    (fraction) => void report(0.05 + 0.7 * fraction),
  )
  await report(0.8)

  const linkRows: LinkRow[] = links.map((l, position) => ({
    id: l.id,
    position,
    sourceIds: l.sources,
    targetIds: l.targets,
    confidence: l.confidence,
    confirmed: false,
    origin: 'auto',
  }))
  const types: Record<string, number> = {}
  for (const l of links)
    types[`${l.sources.length}:${l.targets.length}`] = (types[`${l.sources.length}:${l.targets.length}`] ?? 0) + 1
  const rows = { documentId: input.documentId, lang, segments, links: linkRows, sentences }
  // The last transaction returns the result: a job's fenced client records it as its checkpoint.
  const resultOf = (translation: { id: string; lang: string }): ImportResult => ({
    id: translation.id,
    lang: translation.lang,
    linkCount: links.length,
    types,
  })
  if (sharesOneSession(db)) return writeInSteps(db, rows, document.sourceLang, input.replace, resultOf)
  return db.$transaction(
    async (tx) => {
      // A save or a delete may have landed since the first check: decide again on what is there now.
      const existing = await checkReplaceable(tx, input.documentId, lang, input.replace)
      if (existing) await tx.translation.deleteMany({ where: { id: existing.id } })
      return resultOf(await insertTranslation(tx, rows))
    },
    { timeout: 120_000 },
  )
}

type TranslationRows = {
  documentId: string
  lang: string
  segments: SegmentRow[]
  links: LinkRow[]
  sentences: SentenceLinkRow[]
}

/**
 * PGlite, whose one session every user shares (docs/decisions/022): the rows are written in short
 * statements under a hidden document (`importing`), others' saves running in between, then one short
 * transaction swaps the translations: the new one moves to the document, the one it replaces to the
 * hidden document, which is then deleted in short statements. In one transaction, 100,000 paragraphs
 * kept every other request waiting for 36 s. A failure, or a restart, deletes the hidden document.
 */
async function writeInSteps(
  db: Db,
  rows: TranslationRows,
  sourceLang: string,
  replace: boolean | undefined,
  resultOf: (translation: { id: string; lang: string }) => ImportResult,
): Promise<ImportResult> {
  const raw = rawSqlOf(db)!
  const hidden = await db.document.create({
    data: { title: `Importing ${rows.lang}`, sourceLang, importing: true },
    select: { id: true },
  })
  try {
    const staged = await createTranslationRow(db, { documentId: hidden.id, lang: rows.lang })
    const step = async (write: () => Promise<void>) => {
      await yieldToEventLoop()
      await write()
    }
    for (const batch of batchesOf(rows.segments)) await step(() => insertSegments(db, staged.id, batch))
    for (const batch of batchesOf(rows.links)) await step(() => insertLinks(db, staged.id, batch))
    for (const batch of batchesOf(rows.sentences)) await step(() => insertSentenceLinks(db, batch))
    return await db.$transaction(async (tx) => {
      // A save or a delete may have landed since the first check: decide again on what is there now.
      const existing = await checkReplaceable(tx, rows.documentId, rows.lang, replace)
      if (existing)
        await tx.$executeRawUnsafe(
          'UPDATE "Translation" SET "documentId" = $1, lang = $2 WHERE id = $3',
          hidden.id,
          `${rows.lang}-x-replaced`,
          existing.id,
        )
      await tx.$executeRawUnsafe(
        'UPDATE "Translation" SET "documentId" = $1, "updatedAt" = now() WHERE id = $2',
        rows.documentId,
        staged.id,
      )
      return resultOf(staged)
    })
  } finally {
    // What is left under the hidden document (the replaced translation, or a failed import's rows). Should
    // this fail, the next start deletes it (`deleteImportingDocuments`); the import itself is done.
    await deleteImportingDocument(raw, hidden.id).catch(() => undefined)
  }
}
