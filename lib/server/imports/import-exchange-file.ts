import { AppError } from '@/lib/errors'
import type { ImportFormat } from '@/lib/exchange/detect-format'
import { problemOfError, readJsonDocument } from '@/lib/exchange/check-exchange-file'
import { planDocumentFromJson } from '@/lib/exchange/plan-json-import'
import { createSlotBuilder, SourceMismatchError, type SlotBuilder } from '@/lib/exchange/unit-slots'
import type { XmlInput } from '@/lib/formats/decode-xml-input'
import { FormatError } from '@/lib/formats/format-error'
import type { ImportedHeader, ImportEvent, ImportedUnit } from '@/lib/formats/imported-unit'
import { readTmx } from '@/lib/formats/read-tmx'
import { readXliff } from '@/lib/formats/read-xliff'
import type { ImportResult } from '@/lib/db/apply-import-plan'
import { applySlotStream } from '@/lib/db/apply-slot-stream'
import type { Db } from '@/lib/db/client'
import { createSlotSpool, type SlotSpool } from './slot-spool'
import { updateTranslationsFromUnits } from './update-translations-from-file'
import { writeImportPlan } from './write-import-plan'
import type { Actor } from '@/lib/auth/permissions'

export type ImportRequest = {
  input: XmlInput
  format: ImportFormat
  fileName: string
  /** Add the file's languages to this document instead of creating one (TMX and XLIFF). */
  documentId?: string
  maxBytes: number
  /** With `documentId`: update the translations the document already has into the file's languages. */
  update?: boolean
  /** Spool the placed units to this file instead of memory, so a large import runs in flat memory. */
  spoolPath?: string
}

const TRANSACTION = { timeout: 60 * 60_000, maxWait: 60_000 }

/** Reads TMX or XLIFF units one by one, places them on the document and spools them. */
async function spoolUnits(
  db: Db,
  request: ImportRequest,
  events: AsyncIterable<ImportEvent>,
  spool: SlotSpool,
): Promise<{ header: ImportedHeader; builder: SlotBuilder }> {
  const paragraphTexts = request.documentId
    ? (
        await db.sourceParagraph.findMany({
          where: { documentId: request.documentId },
          orderBy: { position: 'asc' },
          select: { text: true },
        })
      ).map((p) => p.text)
    : undefined
  if (paragraphTexts?.length === 0) throw new AppError('document.notFound')
  let header: ImportedHeader | undefined
  let builder: SlotBuilder | undefined
  let units = 0
  for await (const ev of events) {
    if (ev.kind === 'header') {
      header = ev.header
      builder = createSlotBuilder(header, paragraphTexts)
    } else if (builder) {
      units++
      for (const slot of builder.add(ev.unit)) await spool.write(slot)
    }
  }
  if (!header || !builder || units === 0) throw new AppError('import.noUnits')
  for (const slot of builder.finish()) await spool.write(slot)
  await spool.close()
  return { header, builder }
}

function readEvents(request: ImportRequest): AsyncIterable<ImportEvent> {
  return (request.format === 'tmx' ? readTmx : readXliff)(request.input, { maxBytes: request.maxBytes })
}

async function* replay(events: readonly ImportEvent[]): AsyncGenerator<ImportEvent> {
  yield* events
}

type UpdateRequest = ImportRequest & { documentId: string }

/**
 * Reads the whole file and, when the document already has translations into the file's target
 * languages, updates them (all or nothing). Returns the events read when the document has none of
 * those languages, so the caller imports them as new translations.
 */
async function updateOrReplay(db: Db, request: UpdateRequest, actor: Actor): Promise<ImportResult | ImportEvent[]> {
  const events: ImportEvent[] = []
  for await (const ev of readEvents(request)) events.push(ev)
  const header = events[0]?.kind === 'header' ? events[0].header : undefined
  const units: ImportedUnit[] = events.flatMap((ev) => (ev.kind === 'unit' ? [ev.unit] : []))
  if (!header || units.length === 0) throw new AppError('import.noUnits')
  const source = header.sourceLang.toLowerCase()
  const langs = new Map<string, string>()
  for (const lang of [...header.targetLangs, ...units.flatMap((u) => u.targets.map((t) => t.lang))]) {
    if (lang && lang.toLowerCase() !== source && !langs.has(lang.toLowerCase())) langs.set(lang.toLowerCase(), lang)
  }
  const document = await db.document.findUnique({
    where: { id: request.documentId },
    select: { title: true, translations: { select: { id: true, lang: true } } },
  })
  if (!document) throw new AppError('document.notFound')
  const translations = document.translations.filter((t) => langs.has(t.lang.toLowerCase()))
  if (translations.length === 0) return events
  const missing = [...langs.values()].find(
    (lang) => !translations.some((t) => t.lang.toLowerCase() === lang.toLowerCase()),
  )
  if (missing) throw new AppError('translation.notFound', { lang: missing })
  const counts = await db.$transaction(
    (tx) => updateTranslationsFromUnits(tx, { documentId: request.documentId, translations, units }, actor),
    TRANSACTION,
  )
  return {
    documentId: request.documentId,
    title: document.title,
    languages: translations.map((t) => t.lang),
    paragraphs: 0,
    links: 0,
    ...counts,
  }
}

function rethrow(error: unknown, format: ImportFormat): never {
  if (error instanceof FormatError)
    throw new AppError('import.invalidFile', { format, problems: [problemOfError(error)] })
  if (error instanceof SourceMismatchError)
    throw new AppError('import.sourceMismatch', { unit: error.unitIndex, text: error.text.slice(0, 200) })
  throw error
}

/**
 * Imports a TMX, XLIFF or project JSON file: reads and places it first, then writes everything in
 * one transaction, so a bad file or a failure leaves the database as it was. The reader's checks run
 * here; callers run `checkExchangeFile` first for the schema step (the import route and `runImportJob` do).
 */
export async function importExchangeFile(db: Db, request: ImportRequest, actor: Actor): Promise<ImportResult> {
  if (request.format === 'json') {
    if (request.documentId) throw new AppError('import.jsonNewDocument')
    const plan = await readJsonDocument(request.input, request.maxBytes).then(
      (doc) => planDocumentFromJson(doc, request.fileName),
      (error: unknown) => rethrow(error, 'json'),
    )
    if (plan.paragraphs.length === 0) throw new AppError('import.noUnits')
    return db.$transaction((tx) => writeImportPlan(tx, plan, actor), TRANSACTION)
  }
  let events: AsyncIterable<ImportEvent> | undefined
  if (request.documentId && request.update) {
    const updated = await updateOrReplay(db, { ...request, documentId: request.documentId }, actor).catch(
      (error: unknown) => rethrow(error, request.format),
    )
    if (!Array.isArray(updated)) return updated
    events = replay(updated)
  }
  const spool = createSlotSpool(request.spoolPath)
  try {
    const { header, builder } = await spoolUnits(db, request, events ?? readEvents(request), spool).catch(
      (error: unknown) => rethrow(error, request.format),
    )
    const langs = builder.langs()
    if (langs.length === 0 && builder.paragraphCount() === 0) throw new AppError('import.noUnits')
    const title = header.properties['x-document-title'] || request.fileName.replace(/\.[^.]+$/, '') || request.fileName
    const document = request.documentId
      ? { kind: 'existing' as const, id: request.documentId }
      : {
          kind: 'new' as const,
          title,
          sourceLang: header.sourceLang,
          origin: { fileName: request.fileName, ...(header.tool ? { sourceName: header.tool } : {}) },
        }
    return await db.$transaction(
      (tx) => applySlotStream(tx, { document, langs, slots: () => spool.read() }, actor),
      TRANSACTION,
    )
  } finally {
    await spool.dispose()
  }
}
