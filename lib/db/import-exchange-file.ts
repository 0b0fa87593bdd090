import { AppError } from '../errors'
import type { ImportFormat } from '../exchange/detect-format'
import { problemOfError, readJsonDocument } from '../exchange/check-exchange-file'
import type { ImportPlan } from '../exchange/import-plan'
import { planDocumentFromJson } from '../exchange/plan-json-import'
import { planNewDocumentFromUnits, planNewLanguagesFromUnits, SourceMismatchError } from '../exchange/plan-units-import'
import type { XmlInput } from '../formats/decode-xml-input'
import { FormatError } from '../formats/format-error'
import type { ImportedHeader, ImportedUnit } from '../formats/imported-unit'
import { readTmx } from '../formats/read-tmx'
import { readXliff } from '../formats/read-xliff'
import { applyImportPlan, type ImportResult } from './apply-import-plan'
import type { Db } from './client'
import type { ActingUser } from './users'

export type ImportRequest = {
  input: XmlInput
  format: ImportFormat
  fileName: string
  /** Add the file's languages to this document instead of creating one (TMX and XLIFF). */
  documentId?: string
  maxBytes: number
  /** Called every `PROGRESS_EVERY` units while the file is read. */
  onUnits?: (units: number) => Promise<void> | void
}

const PROGRESS_EVERY = 1000

async function readUnits(request: ImportRequest): Promise<{ header: ImportedHeader; units: ImportedUnit[] }> {
  const read = request.format === 'tmx' ? readTmx : readXliff
  let header: ImportedHeader | undefined
  const units: ImportedUnit[] = []
  for await (const ev of read(request.input, { maxBytes: request.maxBytes })) {
    if (ev.kind === 'header') header = ev.header
    else {
      units.push(ev.unit)
      if (units.length % PROGRESS_EVERY === 0) await request.onUnits?.(units.length)
    }
  }
  if (!header || units.length === 0) throw new AppError('import.noUnits')
  return { header, units }
}

async function planImport(db: Db, request: ImportRequest): Promise<ImportPlan> {
  const title = request.fileName.replace(/\.[^.]+$/, '') || request.fileName
  if (request.format === 'json') {
    if (request.documentId) throw new AppError('import.jsonNewDocument')
    return planDocumentFromJson(await readJsonDocument(request.input, request.maxBytes), request.fileName)
  }
  const { header, units } = await readUnits(request)
  await request.onUnits?.(units.length)
  if (!request.documentId) return planNewDocumentFromUnits(header, units, { title: header.properties['x-document-title'] || title, fileName: request.fileName })
  const paragraphs = await db.sourceParagraph.findMany({ where: { documentId: request.documentId }, orderBy: { position: 'asc' }, select: { text: true } })
  if (paragraphs.length === 0) throw new AppError('document.notFound')
  return planNewLanguagesFromUnits(request.documentId, paragraphs.map((p) => p.text), header, units)
}

/**
 * Imports a TMX, XLIFF or project JSON file: reads and plans it first, then writes everything in
 * one transaction, so a bad file or a failure leaves the database as it was.
 */
export async function importExchangeFile(db: Db, request: ImportRequest, actor: ActingUser): Promise<ImportResult> {
  let plan: ImportPlan
  try {
    plan = await planImport(db, request)
  } catch (error) {
    if (error instanceof FormatError) throw new AppError('import.invalidFile', { format: request.format, problems: [problemOfError(error)] })
    if (error instanceof SourceMismatchError) throw new AppError('import.sourceMismatch', { unit: error.unitIndex, text: error.text.slice(0, 200) })
    throw error
  }
  if (plan.translations.length === 0 && plan.paragraphs.length === 0) throw new AppError('import.noUnits')
  return db.$transaction((tx) => applyImportPlan(tx, plan, actor), { timeout: 10 * 60_000, maxWait: 60_000 })
}
