/**
 * Reviewers' error marks and the quality score they add up to, after MQM (Multidimensional Quality
 * Metrics, https://themqm.org, "The MQM Scoring Models"): a mark is a category and a severity; each
 * severity has a penalty multiplier, and the score is the share of the text left after the penalty per
 * word. The categories are the MQM core dimensions a reviewer meets most, plus `other`.
 */

/** Error categories (MQM core dimensions: accuracy, fluency, terminology, style, locale conventions). */
export const ERROR_CATEGORIES = ['accuracy', 'fluency', 'terminology', 'style', 'locale', 'other'] as const
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number]

/** Severities, least to most serious. */
export const ERROR_SEVERITIES = ['minor', 'major', 'critical'] as const
export type ErrorSeverity = (typeof ERROR_SEVERITIES)[number]

/**
 * Penalty points per error of each severity: the MQM scoring model's default severity multipliers
 * (minor 1, major 5, critical 25; neutral, 0, is not a mark here). Every category weighs 1, as in the
 * model's default.
 */
export const SEVERITY_PENALTY: Record<ErrorSeverity, number> = { minor: 1, major: 5, critical: 25 }

export type ErrorMark = { category: ErrorCategory; severity: ErrorSeverity }
export type MarkCounts = Record<ErrorSeverity, number>

export function isErrorCategory(value: unknown): value is ErrorCategory {
  return typeof value === 'string' && (ERROR_CATEGORIES as readonly string[]).includes(value)
}

export function isErrorSeverity(value: unknown): value is ErrorSeverity {
  return typeof value === 'string' && (ERROR_SEVERITIES as readonly string[]).includes(value)
}

/** How many marks of each severity. */
export function countMarks(marks: ReadonlyArray<Pick<ErrorMark, 'severity'>>): MarkCounts {
  const counts: MarkCounts = { minor: 0, major: 0, critical: 0 }
  for (const mark of marks) counts[mark.severity] += 1
  return counts
}

/** MQM's absolute penalty total: the sum of each mark's severity multiplier. */
export function penaltyOf(counts: MarkCounts): number {
  return ERROR_SEVERITIES.reduce((sum, severity) => sum + counts[severity] * SEVERITY_PENALTY[severity], 0)
}

/**
 * The quality score of `words` evaluated words carrying these marks: MQM's raw overall quality score,
 * 100 × (1 − penalty / words) with the penalty of `penaltyOf`, floored at 0 (MQM's raw score can fall below zero; a table of
 * people reads better with 0 as "as bad as it gets"), rounded to one decimal. Null when nothing was
 * evaluated (no words): a score of 100 would claim a quality nobody checked.
 */
export function qualityScore(marks: MarkCounts, words: number): number | null {
  if (words <= 0) return null
  const penalty = penaltyOf(marks)
  const score = 100 * (1 - penalty / words)
  return Math.max(0, Math.round(score * 10) / 10)
}
