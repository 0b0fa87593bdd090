import { FormatError, type FormatErrorCode, type FormatProblem } from './format-error'

export type ImportOptions = {
  /** Refuse input larger than this many bytes (default 1 GB). */
  maxBytes?: number
  /** Check mode: every problem is reported here and nothing throws except fatal read errors. */
  onProblem?: (problem: FormatProblem) => void
  /** Import mode: warnings are reported here; errors throw. */
  onWarning?: (problem: FormatProblem) => void
}

export type Report = (
  code: FormatErrorCode,
  severity: FormatProblem['severity'],
  at: { line: number; column: number },
  message: string,
  params?: Record<string, string>,
) => void

/** Routes problems: to `onProblem` in check mode, otherwise errors throw and warnings go to `onWarning`. */
export function createReport(options: ImportOptions): Report {
  return (code, severity, at, message, params) => {
    const problem: FormatProblem = {
      code,
      severity,
      line: at.line,
      column: at.column,
      message,
      ...(params ? { params } : {}),
    }
    if (options.onProblem) options.onProblem(problem)
    else if (severity === 'error') throw FormatError.fromProblem(problem)
    else options.onWarning?.(problem)
  }
}

/** How many problems a check keeps; past it only the count grows (a file can have one per byte). */
export const MAX_PROBLEMS = 1000

/** The first `limit` problems a check reports, the total count, and whether any was an error. */
export type ProblemList = {
  add(problem: FormatProblem): void
  /** Counts `count` more problems of this severity that were never made into objects (past the limit). */
  addUnkept(count: number, severity: FormatProblem['severity']): void
  /** The problems kept, in the order they came. */
  readonly kept: FormatProblem[]
  /** How many problems are kept at most. */
  readonly limit: number
  readonly total: number
  readonly hasError: boolean
}

/** Makes a problem list that keeps at most `limit` problems, so a check's memory stays bounded. */
export function createProblemList(limit = MAX_PROBLEMS): ProblemList {
  const kept: FormatProblem[] = []
  let total = 0
  let hasError = false
  return {
    add(problem) {
      total++
      if (problem.severity === 'error') hasError = true
      if (kept.length < limit) kept.push(problem)
    },
    addUnkept(count, severity) {
      if (count <= 0) return
      total += count
      if (severity === 'error') hasError = true
    },
    kept,
    limit,
    get total() {
      return total
    },
    get hasError() {
      return hasError
    },
  }
}
