import { findCoverageProblem } from '@/lib/alignment-ops/validate-links'
import { AppError } from '@/lib/errors'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import { docToText } from '@/lib/richtext/doc-to-text'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import { sanitizeDoc } from '@/lib/richtext/schema'
import { checkSegmentSize } from '@/lib/richtext/segment-limits'
import type { RichDoc } from '@/lib/richtext/types'

/** A note of an imported file, kept as a comment on its segment. */
export type PlannedComment = { text: string; author?: string; createdAt?: Date }

/** A target segment to create; `position` is its place in the translation. */
export type PlannedSegment = {
  position: number
  content: RichDoc
  text: string
  status: SegmentStatus
  version: number
  createdAt?: Date
  updatedAt?: Date
  /** True when a person wrote it (the importing user becomes its author). */
  hasAuthor: boolean
  /** Notes of the file, stored as comments on the segment. */
  comments?: PlannedComment[]
}

/** One side of a stored sentence link: offsets into the plain text of a paragraph or segment. */
export type PlannedSentenceSide = Array<{ index: number; start: number; end: number }>

export type PlannedSentenceLink = {
  source: PlannedSentenceSide
  target: PlannedSentenceSide
  sourceText: string
  targetText: string
  confidence: number | null
}

/** A link between paragraph positions and segment indexes (into `segments`). */
export type PlannedLink = {
  position: number
  sources: number[]
  targets: number[]
  confidence: number | null
  confirmed: boolean
  sentenceLinks?: PlannedSentenceLink[]
}

export type PlannedTranslation = { lang: string; segments: PlannedSegment[]; links: PlannedLink[] }

/** What an import writes, computed purely before the transaction (R5). */
export type ImportPlan = {
  /** A new document, or the id of an existing one whose paragraphs the links point at. */
  document:
    | { kind: 'new'; title: string; sourceLang: string; origin: Record<string, string> }
    | { kind: 'existing'; id: string }
  /** Source paragraphs of a new document, in position order (empty for an existing one). */
  paragraphs: RichDoc[]
  translations: PlannedTranslation[]
}

/** Sanitized content and its plain text, as the app stores them; throws `segment.tooLarge` past the segment limits. */
export function cleanContent(doc: RichDoc | undefined): { content: RichDoc; text: string } {
  const content = doc ? checkSegmentSize(sanitizeDoc(doc)) : emptyDoc()
  return { content, text: docToText(content) }
}

/** An empty segment for a paragraph that has no translation in the file. */
export function emptySegment(position: number): PlannedSegment {
  return { position, content: emptyDoc(), text: '', status: 'empty', version: 1, hasAuthor: false }
}

/**
 * Checks that a planned translation's links cover paragraphs `0..paragraphCount-1` and all its
 * segments exactly once and in order, as every alignment operation expects. Returns the first
 * problem (English, for logs) or null.
 */
export function findPlanCoverageProblem(translation: PlannedTranslation, paragraphCount: number): string | null {
  const links = translation.links.map((l, i) => ({
    id: String(i),
    sources: l.sources.map(String),
    targets: l.targets.map(String),
    confidence: l.confidence,
    confirmed: l.confirmed,
    origin: 'init' as const,
  }))
  const sourceIds = Array.from({ length: paragraphCount }, (_, i) => String(i))
  const targetIds = translation.segments.map((_, i) => String(i))
  return findCoverageProblem(links, sourceIds, targetIds)
}

/**
 * Refuses a plan that alignment operations could not work on: every translation must cover paragraphs
 * `0..paragraphCount-1` and all its segments once, in order. Throws `import.incompleteAlignment` with
 * the language and the first problem.
 */
export function checkPlanCoverage(plan: ImportPlan, paragraphCount: number): void {
  for (const planned of plan.translations) {
    const problem = findPlanCoverageProblem(planned, paragraphCount)
    if (problem) throw new AppError('import.incompleteAlignment', { lang: planned.lang, problem })
  }
}
