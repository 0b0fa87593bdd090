import { AppError } from '../errors'
import { sourceParagraphDocs, slotToLink, type Slot } from '../exchange/unit-slots'
import type { PlannedComment } from '../exchange/import-plan'
import { countWords, docToText } from '../richtext/doc-to-text'
import type { ImportResult } from './apply-import-plan'
import { newId, newOrderedId } from './bulk-insert'
import type { Db } from './client'
import { copyBoolean, copyDate, copyJson, copyNumber, copyRow, copyText, copyTextArray } from './copy-text'
import { createTranslationRow, toLinkRow } from './insert-translation'
import { deleteImportingDocument } from './importing-documents'
import { rawSqlOf, yieldToEventLoop, type RawSql, type RawTx } from './raw-sql'
import type { Actor } from '../auth/permissions'

// Slots written per batch: a few COPY statements of 2,000 rows each (one per table), about 2 MB of
// text. The batch bounds the memory an import holds, with the paragraph ids (docs/decisions/019).
const BATCH = 2000
// On PGlite a batch is one short transaction, which everyone else's statements wait for: 250 slots of
// three languages took 80–370 ms at a load average of 10 on 2 cores (docs/decisions/022).
const STEP_BATCH = 250
// Slots a batch's rows are made for between turns of the event loop: the batch in flight is four COPY
// statements, and the next starts only when this thread has seen the last one end (a batch of 2,000 slots
// took 80 ms to make, and the database waited that long between two of them).
const BUILD_SLICE = 250

export type SlotImport = {
  document:
    | { kind: 'new'; title: string; sourceLang: string; origin: Record<string, string> }
    | { kind: 'existing'; id: string }
  langs: string[]
  /** Notes about the whole file, added to the document's origin (`origin.notes`). */
  fileNotes?: string[]
  /** Reads the slots from the start; read once. */
  slots: () => AsyncIterable<Slot>
  /** Slots a batch (tests); by default 2,000, or 250 when each batch is a short transaction of its own. */
  batchSize?: number
}

const PARAGRAPH = ['id', 'documentId', 'position', 'content', 'text', 'wordCount', 'createdAt']
const SEGMENT = [
  'id',
  'translationId',
  'position',
  'content',
  'text',
  'wordCount',
  'status',
  'version',
  'updatedById',
  'createdAt',
  'updatedAt',
]
const LINK = [
  'id',
  'translationId',
  'position',
  'sourceIds',
  'targetIds',
  'confidence',
  'confirmed',
  'origin',
  'createdAt',
  'updatedAt',
]
const COMMENT = ['id', 'segmentId', 'authorName', 'body', 'version', 'createdAt', 'updatedAt']

type Copies = Array<[table: string, columns: readonly string[], rows: string]>

/** Sends one batch's COPY statements (empty texts are skipped). */
async function sendCopies(tx: RawTx, copies: Copies): Promise<void> {
  for (const [table, columns, rows] of copies) if (rows !== '') await tx.copy(table, columns, rows)
}

/**
 * Sends batches one after another while the caller prepares the next, so the database's work on one
 * batch overlaps the app's on the next. At most one batch is in flight.
 */
function copyQueue(send: (copies: Copies) => Promise<void>) {
  let inflight: Promise<void> = Promise.resolve()
  return {
    /** Waits for the batch in flight (throwing its error), then queues `copies`. */
    async send(copies: Copies) {
      await inflight
      const sent = send(copies)
      // Handled here so a failure while the next batch is read is not an unhandled rejection; `drain` throws it.
      sent.catch(() => undefined)
      inflight = sent
    },
    drain: () => inflight,
  }
}

type Translation = { id: string; lang: string; count: number }

/** The document the slots go into: created (with the file's notes in its origin) or read, with its paragraph ids. */
async function openDocument(tx: RawTx, input: SlotImport, now: string, importing = false) {
  const fileNotes = input.fileNotes ?? []
  if (input.document.kind === 'new') {
    const id = newId()
    const origin = fileNotes.length > 0 ? { ...input.document.origin, notes: fileNotes } : input.document.origin
    await tx.query(
      'INSERT INTO "Document" (id, title, "sourceLang", origin, importing, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4::jsonb, $5, $6::timestamp, $6::timestamp)',
      [id, input.document.title, input.document.sourceLang, JSON.stringify(origin), importing, now],
    )
    return { id, title: input.document.title, paragraphIds: [] as string[] }
  }
  const id = input.document.id
  const [document] = await tx.query<{ title: string; origin: unknown }>(
    'SELECT title, origin FROM "Document" WHERE id = $1 AND NOT importing',
    [id],
  )
  if (!document) throw new AppError('document.notFound')
  if (fileNotes.length > 0) {
    const origin = (document.origin ?? {}) as { notes?: unknown }
    const kept = Array.isArray(origin.notes) ? origin.notes.filter((n): n is string => typeof n === 'string') : []
    await tx.query('UPDATE "Document" SET origin = $2::jsonb, "updatedAt" = $3::timestamp WHERE id = $1', [
      id,
      JSON.stringify({ ...origin, notes: [...kept, ...fileNotes] }),
      now,
    ])
  }
  const paragraphs = await tx.query<{ id: string }>(
    'SELECT id FROM "SourceParagraph" WHERE "documentId" = $1 ORDER BY position',
    [id],
  )
  return { id, title: document.title, paragraphIds: paragraphs.map((p) => p.id) }
}

function commentRows(segmentId: string, comments: readonly PlannedComment[] | undefined, now: string): string {
  let rows = ''
  for (const c of comments ?? [])
    rows += copyRow([
      newOrderedId(),
      segmentId,
      copyText(c.author || null),
      copyText(c.text),
      '1',
      c.createdAt ? copyDate(c.createdAt) : now,
      now,
    ])
  return rows
}

type OpenedDocument = Awaited<ReturnType<typeof openDocument>>

/** The document and a translation row for each language, in the transaction `tx`. */
async function openImport(tx: RawTx, input: SlotImport, now: string, importing = false) {
  const document = await openDocument(tx, input, now, importing)
  const translations: Translation[] = []
  for (const lang of input.langs)
    translations.push({ ...(await createTranslationRow(tx, { documentId: document.id, lang })), count: 0 })
  return { document, translations }
}

/**
 * Reads the slots once and sends, per batch of `batchSize`, one COPY each for the new paragraphs,
 * the segments and links of every language, and the comments, through `queue`.
 */
async function writeSlots(
  input: SlotImport,
  actor: Actor,
  { document, translations }: { document: OpenedDocument; translations: Translation[] },
  queue: ReturnType<typeof copyQueue>,
  { now, batchSize }: { now: string; batchSize: number },
): Promise<ImportResult> {
  const { paragraphIds } = document
  let paragraphs = 0
  let comments = 0

  const writeBatch = async (slots: readonly Slot[]) => {
    let paragraphRows = ''
    let segmentRows = ''
    let linkRows = ''
    let commentText = ''
    let made = 0
    for (const slot of slots) {
      if (++made % BUILD_SLICE === 0) await yieldToEventLoop()
      if (input.document.kind !== 'new' || !slot.source) continue
      const docs = sourceParagraphDocs(slot.source, slot.paragraphs.length)
      for (const [k, doc] of docs.entries()) {
        const id = newId()
        const position = slot.paragraphs[k]!
        const text = docToText(doc)
        paragraphIds[position] = id
        paragraphs++
        paragraphRows += copyRow([
          id,
          document.id,
          String(position),
          copyJson(doc),
          copyText(text),
          String(countWords(text)),
          now,
        ])
      }
    }
    for (const translation of translations) {
      for (const slot of slots) {
        if (++made % BUILD_SLICE === 0) await yieldToEventLoop()
        const placed = slotToLink(slot, translation.lang, { segment: translation.count, link: translation.count })
        if (!placed) continue
        translation.count++
        const { segment } = placed
        const segmentId = newId()
        const link = toLinkRow(placed.link, paragraphIds, new Map([[segment.position, segmentId]]))
        segmentRows += copyRow([
          segmentId,
          translation.id,
          String(segment.position),
          copyJson(segment.content),
          copyText(segment.text),
          String(countWords(segment.text)),
          segment.status,
          String(segment.version),
          segment.hasAuthor ? copyText(actor.id) : '\\N',
          segment.createdAt ? copyDate(segment.createdAt) : now,
          segment.updatedAt ? copyDate(segment.updatedAt) : now,
        ])
        linkRows += copyRow([
          link.id,
          translation.id,
          String(link.position),
          copyTextArray(link.sourceIds),
          copyTextArray(link.targetIds),
          copyNumber(link.confidence),
          copyBoolean(link.confirmed),
          'init',
          now,
          now,
        ])
        const written = commentRows(segmentId, segment.comments, now)
        if (written !== '') {
          commentText += written
          comments += segment.comments!.length
        }
      }
    }
    return queue.send([
      ['SourceParagraph', PARAGRAPH, paragraphRows],
      ['TargetSegment', SEGMENT, segmentRows],
      ['AlignmentLink', LINK, linkRows],
      ['Comment', COMMENT, commentText],
    ])
  }

  let batch: Slot[] = []
  for await (const slot of input.slots()) {
    batch.push(slot)
    if (batch.length === batchSize) {
      await writeBatch(batch)
      batch = []
    }
  }
  if (batch.length > 0) await writeBatch(batch)
  await queue.drain()
  const segments = translations.reduce((sum, t) => sum + t.count, 0)
  const fileNotes = input.fileNotes ?? []
  return {
    documentId: document.id,
    title: document.title,
    languages: input.langs,
    paragraphs,
    segments,
    links: segments,
    ...(comments > 0 ? { comments } : {}),
    ...(fileNotes.length > 0 ? { fileNotes: fileNotes.length } : {}),
  }
}

/**
 * Writes streamed slots, reading them once, with one COPY per table and batch: memory stays flat
 * apart from the paragraph ids. On PostgreSQL in one transaction on the driver's own session
 * (docs/decisions/019). On PGlite, whose one session every user shares, a new document is written
 * in short transactions instead (`importInSteps`), so others' saves run in between.
 */
export async function applySlotStream(db: Db, input: SlotImport, actor: Actor): Promise<ImportResult> {
  const raw = rawSqlOf(db)
  if (!raw) throw new Error('applySlotStream needs a client made by openDb, with its driver-level runner')
  if (raw.step && input.document.kind === 'new') return importInSteps(raw, raw.step, input, actor)
  return raw.transaction(async (tx) => {
    const now = new Date().toISOString()
    const opened = await openImport(tx, input, now)
    const queue = copyQueue((copies) => sendCopies(tx, copies))
    return writeSlots(input, actor, opened, queue, { now, batchSize: input.batchSize ?? BATCH })
  })
}

/**
 * A new document in short transactions (docs/decisions/022): the first creates it hidden
 * (`importing`) with its translations, one per batch adds rows, and the last shows it, in the
 * transaction `raw.transaction` (a job's fenced client records its checkpoint there). A failure
 * deletes the hidden document; one left by a killed process is deleted at the next start
 * (`deleteImportingDocuments`). Until the last transaction nobody lists, opens, counts or exports it.
 */
async function importInSteps(
  raw: RawSql,
  step: NonNullable<RawSql['step']>,
  input: SlotImport,
  actor: Actor,
): Promise<ImportResult> {
  const now = new Date().toISOString()
  const opened = await step((tx) => openImport(tx, input, now, true))
  try {
    const queue = copyQueue((copies) => step((tx) => sendCopies(tx, copies)))
    const result = await writeSlots(input, actor, opened, queue, { now, batchSize: input.batchSize ?? STEP_BATCH })
    return await raw.transaction(async (tx) => {
      await tx.query('UPDATE "Document" SET importing = false WHERE id = $1 AND importing', [opened.document.id])
      return result
    })
  } catch (error) {
    await deleteImportingDocument(raw, opened.document.id).catch(() => undefined)
    throw error
  }
}
