import type { RichDoc } from '../richtext/types'

export type QaSeverity = 'error' | 'warning' | 'info'

/** A character range `[start, end)` in the plain text a check read (see `qaText`). */
export type QaRange = { start: number; end: number }

/** A glossary term found in the source (offsets into the source text), from the glossary. */
export type QaTerm = { sourceTerm: string; targetTerm: string; forbidden: string[]; start: number; end: number }

/** A misspelled word of the target (offsets into the target text), from the spell checker. */
export type QaMisspelling = { word: string; start: number; end: number; suggestions: string[] }

/** One finding: which check, how bad, an i18n key under `qa.issue.` with its params, and where. */
export type QaIssue = {
  check: QaCheckId
  severity: QaSeverity
  messageKey: string
  params: Record<string, string | number>
  source?: QaRange
  target?: QaRange
}

/** What the segment checks read: both texts (as `qaText` gives them), their languages and rich docs. */
export type QaSegmentInput = {
  sourceLang: string
  targetLang: string
  source: string
  target: string
  sourceDoc?: RichDoc
  targetDoc?: RichDoc
  terms?: QaTerm[]
  misspellings?: QaMisspelling[]
}

/** One segment of a document, for the checks that compare segments with each other. */
export type QaDocumentSegment = { segmentId: string; source: string; target: string }

export const QA_CHECK_IDS = [
  'empty',
  'identical',
  'numbers',
  'placeholders',
  'formatting',
  'script',
  'language',
  'spaces',
  'punctuation',
  'brackets',
  'terms',
  'spelling',
  'consistency',
  'lengthRatio',
] as const
export type QaCheckId = (typeof QA_CHECK_IDS)[number]

/** True when the value names a check. */
export function isQaCheckId(value: string): value is QaCheckId {
  return (QA_CHECK_IDS as readonly string[]).includes(value)
}
