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
