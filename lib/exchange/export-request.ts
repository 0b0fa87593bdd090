import { z } from 'zod'
import type { AlignedDocument } from '@/lib/formats/aligned-document'
import { STATUS_FILTERS, type ExportOptions } from '@/lib/formats/export-options'
import { LangTagSchema } from '@/lib/formats/lang-tag'
import { writeJson, writeJsonLines } from '@/lib/formats/write-json'
import { writeTmx } from '@/lib/formats/write-tmx'
import { writeXliff, writeXliff12 } from '@/lib/formats/write-xliff'
import { BILINGUAL_FORMATS, EXPORT_FORMATS, type ExportFormat } from './export-formats'

export { EXPORT_FORMATS, type ExportFormat } from './export-formats'

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true')

/** The query of `GET /api/documents/:id/export` (and the CLI's options). */
export const ExportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  langs: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(LangTagSchema).optional()),
  status: z.enum(STATUS_FILTERS).default('all'),
  unit: z.enum(['paragraph', 'sentence']).default('paragraph'),
  formatted: flag.default(true),
  empty: flag.default(false),
  unaligned: flag.default(false),
})
export type ExportRequest = z.infer<typeof ExportRequestSchema>

/** Why a request cannot be exported, as an error code and its parameters; null when it can. */
export function checkExportLanguages(
  request: ExportRequest,
  available: readonly string[],
): { code: 'export.languages' | 'export.bilingual'; params: Record<string, string> } | null {
  const langs = request.langs ?? [...available]
  if (langs.length === 0) return { code: 'export.languages', params: { lang: '' } }
  const known = new Set(available.map((l) => l.toLowerCase()))
  const unknown = langs.find((l) => !known.has(l.toLowerCase()))
  if (unknown !== undefined) return { code: 'export.languages', params: { lang: unknown } }
  if (new Set(langs.map((l) => l.toLowerCase())).size !== langs.length)
    return { code: 'export.languages', params: { lang: langs.join(',') } }
  if (BILINGUAL_FORMATS.has(request.format) && langs.length !== 1)
    return { code: 'export.bilingual', params: { format: FORMAT_NAME[request.format] } }
  return null
}

/** The writer options of a request, with the clock passed in. */
export function toExportOptions(request: ExportRequest, available: readonly string[], createdAt: Date): ExportOptions {
  const byLower = new Map(available.map((l) => [l.toLowerCase(), l]))
  return {
    createdAt,
    languages: (request.langs ?? [...available]).map((l) => byLower.get(l.toLowerCase()) ?? l),
    statuses: request.status,
    unit: request.unit,
    formatting: request.formatted ? 'formatted' : 'plain',
    includeEmpty: request.empty,
    includeUnaligned: request.unaligned,
  }
}

/** Streams the chosen format. */
export function writeExport(
  format: ExportFormat,
  input: AlignedDocument,
  options: ExportOptions,
): AsyncGenerator<string> {
  if (format === 'json') return writeJson(input, options)
  if (format === 'jsonl') return writeJsonLines(input, options)
  if (format === 'xliff') return writeXliff(input, options)
  if (format === 'xliff12') return writeXliff12(input, options)
  return writeTmx(input, options)
}

// Variants of one file type differ before the extension, so downloading both never overwrites one.
const EXTENSION: Record<ExportFormat, string> = {
  tmx: 'tmx',
  'tmx-multi': 'multi.tmx',
  json: 'json',
  jsonl: 'jsonl',
  xliff: 'xlf',
  xliff12: 'xliff12.xlf',
}

const FORMAT_NAME: Record<ExportFormat, string> = {
  tmx: 'TMX',
  'tmx-multi': 'TMX',
  json: 'JSON',
  jsonl: 'JSON Lines',
  xliff: 'XLIFF',
  xliff12: 'XLIFF 1.2',
}

/** The content type of each format. */
export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  tmx: 'application/x-tmx+xml; charset=utf-8',
  'tmx-multi': 'application/x-tmx+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
  xliff: 'application/xliff+xml; charset=utf-8',
  xliff12: 'application/xliff+xml; charset=utf-8',
}

/** A download file name from the title, languages and format, e.g. `My article.en-ru.tmx`, `….en-ru-ko.multi.tmx`. */
export function exportFileName(
  title: string,
  sourceLang: string,
  langs: readonly string[],
  format: ExportFormat,
): string {
  const base =
    title
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'document'
  return `${base}.${[sourceLang, ...langs].join('-')}.${EXTENSION[format]}`
}

/** A Content-Disposition header with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
