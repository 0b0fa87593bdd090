import { isFinished, type SegmentStatus } from '@/lib/workbench/segment-states'
import type { AlignedDocument, AlignedTranslation } from './aligned-document'
import { FormatError } from './format-error'

/** Which segments go out: all of them, translated and approved ones, or approved ones only. */
export const STATUS_FILTERS = ['all', 'translated', 'approved'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]

/** Options every export takes. */
export type ExportOptions = {
  /** The export's time stamp (the clock is passed in). */
  createdAt: Date
  /** Target languages to export, in output order; default: every translation. */
  languages?: readonly string[]
  statuses?: StatusFilter
  /** `plain` drops all inline formatting. */
  formatting?: 'formatted' | 'plain'
  /** `sentence` uses the sentence links inside paragraph links where the aligner stored them. */
  unit?: 'paragraph' | 'sentence'
  /** Include targets whose text is empty. */
  includeEmpty?: boolean
  /** Include 1:0 and 0:1 links (a side with no text). */
  includeUnaligned?: boolean
}

export type ResolvedExportOptions = Required<Omit<ExportOptions, 'languages'>> & { translations: AlignedTranslation[] }

/** Checks the options against the document and fills in the defaults. */
export function resolveExportOptions(input: AlignedDocument, options: ExportOptions): ResolvedExportOptions {
  const byLang = new Map(input.translations.map((t) => [t.lang.toLowerCase(), t]))
  const wanted = options.languages ?? input.translations.map((t) => t.lang)
  const translations = wanted.map((lang) => {
    const translation = byLang.get(lang.toLowerCase())
    if (!translation)
      throw new FormatError('errors.export.languages', `No translation into ${lang}`, undefined, { lang })
    return translation
  })
  if (new Set(translations).size !== translations.length)
    throw new FormatError('errors.export.languages', 'A language is listed twice')
  return {
    createdAt: options.createdAt,
    statuses: options.statuses ?? 'all',
    formatting: options.formatting ?? 'formatted',
    unit: options.unit ?? 'paragraph',
    includeEmpty: options.includeEmpty ?? false,
    includeUnaligned: options.includeUnaligned ?? false,
    translations,
  }
}

/** True when a status passes the filter. */
export function passesStatusFilter(status: SegmentStatus, filter: StatusFilter): boolean {
  if (filter === 'approved') return status === 'approved'
  if (filter === 'translated') return isFinished(status)
  return true
}
