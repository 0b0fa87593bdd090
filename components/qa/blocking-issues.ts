import type { LiveCheckInput, LiveIssue } from './live-issues'
import { liveIssues } from './live-issues'
import { ignoresOf } from './qa-ignores-store'

/** The error-level findings of the active segment no one has ignored: confirming it asks first when there are any. */
export function blockingIssues(segmentId: string, input: LiveCheckInput): LiveIssue[] {
  return liveIssues(input, ignoresOf(segmentId)).issues.filter((i) => i.severity === 'error' && !i.ignored)
}
