import type { AlignedDocument } from './aligned-document'
import { exportUnitSteps } from './build-export-units'
import { chunked, type Piece } from './chunked'
import { resolveExportOptions, type ExportOptions } from './export-options'
import { normalizeLangTag } from './lang-tag'
import { PARALLEL_JSON_FORMAT, PARALLEL_JSON_VERSION, type ParallelJson } from './parallel-json-schema'
import { createJsonRecordWriter } from './json-record-text'

/** Streams the project's JSON export (format `parallel-export`, version 1; schema in public/schemas). */
export function writeJson(input: AlignedDocument, options: ExportOptions): AsyncGenerator<string> {
  return chunked(jsonPieces(input, options))
}

function* jsonPieces(input: AlignedDocument, options: ExportOptions): Generator<Piece> {
  const resolved = resolveExportOptions(input, options)
  const doc = input.document
  const head: Omit<ParallelJson, 'links'> = {
    format: PARALLEL_JSON_FORMAT,
    version: PARALLEL_JSON_VERSION,
    exportedAt: options.createdAt.toISOString(),
    options: {
      languages: resolved.translations.map((t) => t.lang),
      statuses: resolved.statuses,
      formatting: resolved.formatting,
      unit: resolved.unit,
      includeEmpty: resolved.includeEmpty,
      includeUnaligned: resolved.includeUnaligned,
    },
    document: {
      id: doc.id,
      title: doc.title,
      sourceLang: normalizeLangTag(doc.sourceLang),
      ...(doc.origin ? { origin: doc.origin } : {}),
      createdAt: doc.createdAt.toISOString(),
      updatedAt: doc.updatedAt.toISOString(),
    },
    languages: {
      source: normalizeLangTag(doc.sourceLang),
      targets: resolved.translations.map((t) => normalizeLangTag(t.lang)),
    },
    translations: resolved.translations.map((t) => ({
      id: t.id,
      lang: normalizeLangTag(t.lang),
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
    })),
  }
  yield `${JSON.stringify(head).slice(0, -1)},"links":[`
  const records = createJsonRecordWriter(head.languages.source, resolved.formatting === 'plain')
  let first = true
  for (const step of exportUnitSteps(input, options)) {
    if (step instanceof Promise) {
      yield step
      continue
    }
    yield `${first ? '\n' : ',\n'}${records.write(step)}`
    first = false
  }
  yield '\n]}\n'
}

/** Streams JSON Lines: one record per line (the same records as `links`, plus the document id). */
export function writeJsonLines(input: AlignedDocument, options: ExportOptions): AsyncGenerator<string> {
  return chunked(jsonLinesPieces(input, options))
}

function* jsonLinesPieces(input: AlignedDocument, options: ExportOptions): Generator<Piece> {
  const records = createJsonRecordWriter(normalizeLangTag(input.document.sourceLang), options.formatting === 'plain')
  // `"document":…,` as JSON.stringify writes it, or nothing when there is no id.
  const members = JSON.stringify({ document: input.document.id }).slice(1, -1)
  const head = members === '' ? '' : `${members},`
  for (const step of exportUnitSteps(input, options))
    yield step instanceof Promise ? step : `${records.write(step, head)}\n`
}
