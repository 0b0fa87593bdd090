import type { QaIssue, QaSegmentInput } from '../types'

/** The spell checker's findings (passed in as `misspellings`), as issues at their place in the target. */
export function checkSpelling(input: QaSegmentInput): QaIssue[] {
  return (input.misspellings ?? []).map((m) => ({
    check: 'spelling',
    severity: 'info',
    messageKey: m.suggestions.length > 0 ? 'misspelledSuggest' : 'misspelled',
    params: { word: m.word, suggestions: m.suggestions.slice(0, 3).join(', ') },
    target: { start: m.start, end: m.end },
  }))
}
