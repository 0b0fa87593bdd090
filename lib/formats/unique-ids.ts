import type { FormatErrorCode, FormatProblem } from './format-error'
import type { Report } from './problem-sink'

/** Ids seen in one scope (the units of a file, the segments of a unit…); `reset` starts a new scope. */
export type UniqueIds = {
  /** Reports `id` when it was seen before in this scope; returns whether it was new. */
  check(id: string | undefined, at: { line: number; column: number }, element: string): boolean
  has(id: string): boolean
  reset(): void
}

/** Makes a scope of ids that reports a repeated one with `code` (params `id`, `element`). */
export function createUniqueIds(report: Report, code: FormatErrorCode, severity: FormatProblem['severity']): UniqueIds {
  let seen = new Set<string>()
  return {
    check(id, at, element) {
      if (id === undefined) return true
      if (!seen.has(id)) {
        seen.add(id)
        return true
      }
      report(code, severity, at, `<${element}> repeats the id "${id}"`, { id, element })
      return false
    },
    has: (id) => seen.has(id),
    reset() {
      seen = new Set()
    },
  }
}
