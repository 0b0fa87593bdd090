import { AppError } from '@/lib/errors'
import type { ImportFormat } from '@/lib/exchange/detect-format'
import { problemOfError } from '@/lib/exchange/check-exchange-file'
import { createSlotBuilder, SourceMismatchError, type SlotBuilder } from '@/lib/exchange/unit-slots'
import { createUnitSelector, type UnitSelector } from '@/lib/exchange/select-units'
import type { XmlInput } from '@/lib/formats/decode-xml-input'
import { FormatError } from '@/lib/formats/format-error'
import { rememberConfirmedLinks } from '@/lib/server/tm/remember-confirmed-links'
import { normalizeTitle, titleFromFileName, TITLE_MAX_LENGTH } from '@/lib/text/normalize-title'
import { headerTitle, type ImportedHeader, type ImportEvent, type ImportedUnit } from '@/lib/formats/imported-unit'
import type { ImportResult } from '@/lib/db/apply-import-plan'
import { applySlotStream } from '@/lib/db/apply-slot-stream'
import type { Db } from '@/lib/db/client'
import { planJsonImportInWorker, readImportEventsInWorker } from '@/lib/server/workers/parse-in-worker'
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
  /** Languages chosen with the import: the source (TMX) and the target (XLIFF without one, or the one to take). */
  languages?: { sourceLang?: string; targetLang?: string }
}

const TRANSACTION = { timeout: 60 * 60_000, maxWait: 60_000 }

/** The existing document's paragraphs and source language, or nothing for a new document. */
async function readTargetDocument(db: Db, documentId: string | undefined) {
  if (!documentId) return undefined
  const document = await db.document.findUnique({
    where: { id: documentId, importing: false },
    select: { sourceLang: true },
  })
  const paragraphs = await db.sourceParagraph.findMany({
    where: { documentId },
    orderBy: { position: 'asc' },
    select: { text: true },
  })
  if (!document || paragraphs.length === 0) throw new AppError('document.notFound')
  return { sourceLang: document.sourceLang, paragraphTexts: paragraphs.map((p) => p.text) }
}

/** Reads TMX or XLIFF units one by one, selects and places them on the document and spools them. */
async function spoolUnits(
  db: Db,
  request: ImportRequest,
  events: AsyncIterable<ImportEvent>,
  spool: SlotSpool,
): Promise<{ header: ImportedHeader; builder: SlotBuilder; selector: UnitSelector; units: number }> {
  const existing = await readTargetDocument(db, request.documentId)
  let header: ImportedHeader | undefined
  let selector: UnitSelector | undefined
  let builder: SlotBuilder | undefined
  let units = 0
  let read = 0
  for await (const ev of events) {
    if (ev.kind === 'header') {
      header = ev.header
      selector = createUnitSelector(header, { ...request.languages, documentSourceLang: existing?.sourceLang })
      continue
    }
    if (!selector || !header) continue
    read++
    const unit = selector.select(ev.unit, read)
    if (!unit) continue
    units++
    // The file's target language makes a translation even when no unit has a target yet.
    const targetLangs = selector.targetLang() ? [selector.targetLang()] : []
    builder ??= createSlotBuilder({ sourceLang: selector.sourceLang(), targetLangs }, existing?.paragraphTexts)
    for (const slot of builder.add(unit)) await spool.write(slot)
  }
  if (!header || !selector || read === 0) throw new AppError('import.noUnits')
  if (!builder) throw new AppError('import.noUnitsSelected', { skipped: String(selector.skipped().total) })
  for (const slot of builder.finish()) await spool.write(slot)
  await spool.close()
  return { header, builder, selector, units }
}

/** Notes about the whole file, trimmed, at most 100 of at most 2,000 characters each (a document's origin is small). */
function fileNotesOf(header: ImportedHeader): string[] {
  return (header.notes ?? [])
    .map((n) => n.trim().slice(0, 2000))
    .filter((n) => n !== '')
    .slice(0, 100)
}

/** The skipped parts for the import result (left out when nothing was skipped). */
function skippedOf(selector: UnitSelector): Pick<ImportResult, 'skipped' | 'skippedCount'> {
  const { items, total } = selector.skipped()
  return total === 0 ? {} : { skipped: items, skippedCount: total }
}

/** The file's events, parsed in a worker thread as the upload streams in (docs/decisions/023). */
function readEvents(request: ImportRequest): AsyncIterable<ImportEvent> {
  return readImportEventsInWorker(request.format === 'tmx' ? 'tmx' : 'xliff', request.input, {
    maxBytes: request.maxBytes,
  })
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
  const document = await db.document.findUnique({
    where: { id: request.documentId, importing: false },
    select: { title: true, sourceLang: true, translations: { select: { id: true, lang: true } } },
  })
  if (!document) throw new AppError('document.notFound')
  if (!header) throw new AppError('import.noUnits')
  const selector = createUnitSelector(header, { ...request.languages, documentSourceLang: document.sourceLang })
  const units: ImportedUnit[] = []
  for (const ev of events) {
    const unit = ev.kind === 'unit' ? selector.select(ev.unit, units.length + 1) : null
    if (unit) units.push(unit)
  }
  if (units.length === 0) throw new AppError('import.noUnits')
  const source = selector.sourceLang().toLowerCase()
  const langs = new Map<string, string>()
  for (const lang of units.flatMap((u) => u.targets.map((t) => t.lang))) {
    if (lang && lang.toLowerCase() !== source && !langs.has(lang.toLowerCase())) langs.set(lang.toLowerCase(), lang)
  }
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
    ...skippedOf(selector),
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
 * The confirmed links of the imported translations then go into the translation memory.
 */
export async function importExchangeFile(db: Db, request: ImportRequest, actor: Actor): Promise<ImportResult> {
  const result = await writeExchangeFile(db, request, actor)
  const translations = await db.translation.findMany({
    where: { documentId: result.documentId, lang: { in: result.languages } },
    select: { id: true },
  })
  await rememberConfirmedLinks(db, { translationIds: translations.map((t) => t.id), author: actor.name })
  return result
}

/** The import without its last step, the translation memory: `bench/exchange-db.ts` times the two apart. */
export async function writeExchangeFile(db: Db, request: ImportRequest, actor: Actor): Promise<ImportResult> {
  if (request.format === 'json') {
    if (request.documentId) throw new AppError('import.jsonNewDocument')
    // Read and planned in a worker thread; its only errors besides the file's are AppErrors (segment.tooLarge).
    const plan = await planJsonImportInWorker(request.input, request.maxBytes, request.fileName).catch(
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
    const { header, builder, selector } = await spoolUnits(db, request, events ?? readEvents(request), spool).catch(
      (error: unknown) => rethrow(error, request.format),
    )
    const langs = builder.langs()
    if (!request.documentId && builder.paragraphCount() === 0)
      throw new AppError('import.noSourceText', { sourceLang: selector.sourceLang(), langs: langs.join(', ') })
    const title =
      normalizeTitle(headerTitle(header) ?? '').slice(0, TITLE_MAX_LENGTH) || titleFromFileName(request.fileName)
    const document = request.documentId
      ? { kind: 'existing' as const, id: request.documentId }
      : {
          kind: 'new' as const,
          title,
          sourceLang: selector.sourceLang(),
          origin: { fileName: request.fileName, ...(header.tool ? { sourceName: header.tool } : {}) },
        }
    // One transaction on the driver's own session, rows sent with COPY (docs/decisions/019).
    const result = await applySlotStream(
      db,
      { document, langs, slots: () => spool.read(), fileNotes: fileNotesOf(header) },
      actor,
    )
    return { ...result, ...skippedOf(selector) }
  } finally {
    await spool.dispose()
  }
}
