import { checkBrackets } from './checks/brackets'
import { checkConsistency } from './checks/consistency'
import { checkFormatting } from './checks/formatting'
import { checkLanguage } from './checks/language'
import { checkLengthRatio } from './checks/length-ratio'
import { checkNumbers } from './checks/numbers'
import { checkPlaceholders } from './checks/placeholders'
import { checkPunctuation } from './checks/punctuation'
import { checkScript } from './checks/script'
import { checkSpaces } from './checks/spaces'
import { checkSpelling } from './checks/spelling'
import { checkEmpty, checkIdentical } from './checks/target-state'
import { checkTerms } from './checks/terms'
import type { QaCheckId, QaDocumentSegment, QaIssue, QaSegmentInput, QaSeverity } from './types'

type SegmentCheck = { scope: 'segment'; run: (input: QaSegmentInput) => QaIssue[] }
type DocumentCheck = {
  scope: 'document'
  run: (segments: QaDocumentSegment[]) => Array<{ segmentId: string; issue: QaIssue }>
}

/**
 * Every check: its highest severity (a check may report some findings lower, as terms do for a missing
 * term against a forbidden one) and what it reads: one segment, or the whole document's segments.
 */
export const QA_CHECKS: Record<QaCheckId, { severity: QaSeverity } & (SegmentCheck | DocumentCheck)> = {
  empty: { severity: 'error', scope: 'segment', run: checkEmpty },
  identical: { severity: 'warning', scope: 'segment', run: checkIdentical },
  numbers: { severity: 'error', scope: 'segment', run: checkNumbers },
  placeholders: { severity: 'error', scope: 'segment', run: checkPlaceholders },
  formatting: { severity: 'warning', scope: 'segment', run: checkFormatting },
  script: { severity: 'error', scope: 'segment', run: checkScript },
  language: { severity: 'warning', scope: 'segment', run: checkLanguage },
  spaces: { severity: 'info', scope: 'segment', run: checkSpaces },
  punctuation: { severity: 'warning', scope: 'segment', run: checkPunctuation },
  brackets: { severity: 'warning', scope: 'segment', run: checkBrackets },
  terms: { severity: 'error', scope: 'segment', run: checkTerms },
  spelling: { severity: 'info', scope: 'segment', run: checkSpelling },
  consistency: { severity: 'warning', scope: 'document', run: checkConsistency },
  lengthRatio: { severity: 'info', scope: 'document', run: checkLengthRatio },
}

const SEVERITY_ORDER: Record<QaSeverity, number> = { error: 0, warning: 1, info: 2 }

/** Orders issues worst first, then by where they are. */
export function compareIssues(a: QaIssue, b: QaIssue): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.target?.start ?? a.source?.start ?? 0) - (b.target?.start ?? b.source?.start ?? 0)
  )
}

/** Runs the segment checks on one segment, worst first. An empty target reports that alone. */
export function runSegmentChecks(input: QaSegmentInput): QaIssue[] {
  const empty = checkEmpty(input)
  if (empty.length > 0) return empty
  const issues: QaIssue[] = []
  for (const check of Object.values(QA_CHECKS)) if (check.scope === 'segment') issues.push(...check.run(input))
  return issues.sort(compareIssues)
}

/** Runs the checks that compare the segments of a document with each other. */
export function runDocumentChecks(segments: QaDocumentSegment[]): Array<{ segmentId: string; issue: QaIssue }> {
  const out: Array<{ segmentId: string; issue: QaIssue }> = []
  for (const check of Object.values(QA_CHECKS)) if (check.scope === 'document') out.push(...check.run(segments))
  return out
}
