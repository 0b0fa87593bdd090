/** The export formats, in the order the export panel offers them. */
export const EXPORT_FORMATS = ['tmx', 'tmx-multi', 'xliff', 'xliff12', 'json', 'jsonl'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Formats with exactly one target language. */
export const BILINGUAL_FORMATS: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['tmx', 'xliff', 'xliff12'])
