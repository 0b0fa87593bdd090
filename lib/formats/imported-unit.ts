import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import type { FormatProblem } from './format-error'

/**
 * An inline code no mark maps to. It stays in the text as `⟦original⟧` (the `token`), so the
 * editor shows it and QA can check it is kept; `original` is the code as the file had it.
 */
export type ProtectedPlaceholder = { token: string; element: string; original: string }

/** A note or reviewer comment; TMX notes carry no author or time of their own. */
export type ImportedComment = { author?: string; text: string; createdAt?: Date }

/** One language's text in an imported unit. */
export type ImportedSegment = {
  lang: string
  content: RichDoc
  text: string
  placeholders: ProtectedPlaceholder[]
  status?: SegmentStatus
  /** True when the file gave no state, so `status` is only a guess from the text. */
  isStatusGuessed?: boolean
  createdAt?: Date
  createdBy?: string
  updatedAt?: Date
  updatedBy?: string
  properties: Record<string, string>
  comments: ImportedComment[]
}

/** The XLIFF `<file>` a unit comes from: its position (1-based), name and language pair. */
export type ImportedFilePart = { index: number; original?: string; sourceLang: string; targetLang: string }

/** One TMX `<tu>` or XLIFF unit/segment: the source and the targets in the file's order. */
export type ImportedUnit = {
  id?: string
  /** XLIFF only: the `<file>` the unit is in, whose languages its source and target have. */
  file?: ImportedFilePart
  source?: ImportedSegment
  targets: ImportedSegment[]
  properties: Record<string, string>
  /** The unit's own notes (TMX `<tu>` notes carry no author; XLIFF notes may). */
  notes: ImportedComment[]
}

export type ImportedHeader = {
  format: 'tmx' | 'xliff-1.2' | 'xliff-2'
  version: string
  sourceLang: string
  /** Known up front for XLIFF; for TMX filled in as `<tuv>` languages turn up. */
  targetLangs: string[]
  properties: Record<string, string>
  tool?: string
  /** Notes about the whole file: TMX `<header>` notes, XLIFF notes of a `<file>` or `<group>`. */
  notes?: string[]
}

/** Source positions our own exports write on a unit (XLIFF `prl:sourcePositions`, TMX `x-source-positions`), as written ("4,5"). */
export function sourcePositionsOf(unit: Pick<ImportedUnit, 'properties'>): string | undefined {
  const value = unit.properties.sourcePositions ?? unit.properties['x-source-positions']
  return value && /^\d+(,\d+)*$/.test(value) ? value : undefined
}

/** The document title a file carries as Parallel writes it (TMX `x-document-title`, XLIFF `prl:title`), if any. */
export function headerTitle(header: ImportedHeader): string | undefined {
  return header.properties['x-document-title'] || header.properties['prl:title'] || undefined
}

/** What a streaming importer yields: the header first, then units. */
export type ImportEvent = { kind: 'header'; header: ImportedHeader } | { kind: 'unit'; unit: ImportedUnit }

/** A whole imported file, with the warnings the checks found. */
export type ImportedFile = { header: ImportedHeader; units: ImportedUnit[]; warnings: FormatProblem[] }
