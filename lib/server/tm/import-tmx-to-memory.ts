import { AppError } from '@/lib/errors'
import type { DbOrTx } from '@/lib/db/client'
import { createTmWriter } from '@/lib/db/tm-units'
import { problemOfError } from '@/lib/exchange/check-exchange-file'
import type { XmlInput } from '@/lib/formats/decode-xml-input'
import { FormatError } from '@/lib/formats/format-error'
import type { ImportedSegment, ImportedUnit } from '@/lib/formats/imported-unit'
import type { TmUnitInput } from '@/lib/tm/tm-unit'
import { readImportEventsInWorker } from '@/lib/server/workers/parse-in-worker'

export type TmImportRequest = {
  input: XmlInput
  srcLang: string
  tgtLang: string
  fileName: string
  maxBytes: number
  /** The time of units the file gives none (its clock, passed in). */
  now: Date
}

/**
 * What an import did with the `units` it read in the pair: pairs `added`, pairs it replaced (`updated`), and
 * units the memory already held, newer or exactly so, or repeated in the file (`unchanged`).
 */
export type TmImportResult = { units: number; added: number; updated: number; unchanged: number }

// Units a statement writes: larger batches raise each word count fewer times (5,000: 42 → 37 µs of database
// CPU a unit against 2,000), and three of them in memory at once stay a few megabytes.
export const TM_IMPORT_BATCH = 5000

// Languages of the file kept for the error naming them: a file has a few; a hostile one is not listed whole.
const MAX_LISTED_LANGS = 20

/** True when a variant's language is the wanted one or a regional one of it (`de` takes `de-DE`). */
const isVariantOf = (variantLang: string, lang: string) =>
  variantLang.toLowerCase() === lang.toLowerCase() || variantLang.toLowerCase().startsWith(`${lang.toLowerCase()}-`)

/** The variant in a language: the same tag, or a regional one of it. */
function variantIn(segments: ImportedSegment[], lang: string): ImportedSegment | undefined {
  const wanted = lang.toLowerCase()
  return segments.find((s) => s.lang.toLowerCase() === wanted) ?? segments.find((s) => isVariantOf(s.lang, lang))
}

/** What the variants of a file's units say about its languages, read until a unit in the pair turns up. */
type LanguagesSeen = { langs: string[]; hasSource: boolean; hasTarget: boolean }

function noteLanguages(unit: ImportedUnit, request: TmImportRequest, seen: LanguagesSeen): void {
  for (const { lang } of [...(unit.source ? [unit.source] : []), ...unit.targets]) {
    seen.hasSource ||= isVariantOf(lang, request.srcLang)
    seen.hasTarget ||= isVariantOf(lang, request.tgtLang)
    const isNew = lang && !seen.langs.some((l) => l.toLowerCase() === lang.toLowerCase())
    if (isNew && seen.langs.length < MAX_LISTED_LANGS) seen.langs.push(lang)
  }
}

/**
 * After a file gave no unit: `import.noUnits` when it has no variant at all, `import.noTextInLanguage` naming
 * the first language of the pair that no unit has (`lang`) and the languages the file has (`langs`).
 */
function checkLanguagesFound(request: TmImportRequest, seen: LanguagesSeen): void {
  if (seen.langs.length === 0) throw new AppError('import.noUnits')
  const missing = !seen.hasSource ? request.srcLang : !seen.hasTarget ? request.tgtLang : null
  if (missing) throw new AppError('import.noTextInLanguage', { lang: missing, langs: seen.langs })
}

function toUnit(unit: ImportedUnit, request: TmImportRequest): TmUnitInput | undefined {
  const all = [...(unit.source ? [unit.source] : []), ...unit.targets]
  const source = variantIn(all, request.srcLang)
  const target = variantIn(
    all.filter((s) => s !== source),
    request.tgtLang,
  )
  if (!source || !target) return undefined
  return {
    srcLang: request.srcLang,
    tgtLang: request.tgtLang,
    source: source.text,
    target: target.text,
    sourceContent: source.content,
    targetContent: target.content,
    origin: request.fileName,
    originLabel: request.fileName,
    author: target.updatedBy ?? target.createdBy ?? null,
    status: 'imported',
    updatedAt: target.updatedAt ?? target.createdAt ?? request.now,
    isUndated: !target.updatedAt && !target.createdAt,
  }
}

/**
 * Streams a TMX file into the memory of one language pair: each `<tu>` with a variant in both languages
 * becomes a unit (identical pairs once, the newest wins), written in batches as the file is read.
 * A file the reader refuses (hostile or broken XML) throws `import.invalidFile`; batches written before
 * the error stay, as the memory is additive. A file with no unit in the pair throws `import.noUnits` (no
 * units at all) or `import.noTextInLanguage` (a language of the pair is in none of its units).
 */
export async function importTmxToMemory(db: DbOrTx, request: TmImportRequest): Promise<TmImportResult> {
  const result: TmImportResult = { units: 0, added: 0, updated: 0, unchanged: 0 }
  const seen: LanguagesSeen = { langs: [], hasSource: false, hasTarget: false }
  let batch: TmUnitInput[] = []
  // Batches are prepared and written while the file is read on: parsing and the database work at once.
  const writer = createTmWriter(db)
  try {
    // The file is parsed in a worker thread (docs/decisions/023); this thread only writes.
    for await (const event of readImportEventsInWorker('tmx', request.input, { maxBytes: request.maxBytes })) {
      if (event.kind !== 'unit') continue
      if (result.units === 0) noteLanguages(event.unit, request, seen)
      const unit = toUnit(event.unit, request)
      if (!unit) continue
      result.units++
      batch.push(unit)
      if (batch.length >= TM_IMPORT_BATCH) {
        await writer.write(batch)
        batch = []
      }
    }
    await writer.write(batch)
    Object.assign(result, await writer.finish())
  } catch (error) {
    await writer.finish().catch(() => undefined)
    if (error instanceof FormatError)
      throw new AppError('import.invalidFile', { format: 'tmx', problems: [problemOfError(error)] })
    throw error
  }
  if (result.units === 0) checkLanguagesFound(request, seen)
  return result
}
