import type { QaIssue, QaSegmentInput } from '../types'

const SPACE = /[ \u00a0\u202f\t]/u
const leading = (text: string) => (SPACE.test(text[0] ?? '') ? text.length - text.trimStart().length : 0)
const trailing = (text: string) => (SPACE.test(text[text.length - 1] ?? '') ? text.length - text.trimEnd().length : 0)

/**
 * Spaces at the start or end of the target that the source does not have, and the other way round;
 * double spaces inside the target when the source has none.
 */
export function checkSpaces(input: QaSegmentInput): QaIssue[] {
  const { source, target } = input
  if (target.trim() === '') return []
  const issues: QaIssue[] = []
  const issue = (messageKey: string, start: number, end: number): QaIssue => ({
    check: 'spaces',
    severity: 'info',
    messageKey,
    params: {},
    target: { start, end },
  })
  const lead = leading(target)
  if (lead > 0 !== leading(source) > 0)
    issues.push(issue(lead > 0 ? 'spaceLeadingExtra' : 'spaceLeadingMissing', 0, lead))
  const trail = trailing(target)
  if (trail > 0 !== trailing(source) > 0)
    issues.push(issue(trail > 0 ? 'spaceTrailingExtra' : 'spaceTrailingMissing', target.length - trail, target.length))
  if (!/[ \u00a0]{2}/u.test(source.trim()))
    for (const m of target.trim().matchAll(/[ \u00a0]{2,}/gu)) {
      const start = m.index + lead
      issues.push(issue('spaceDouble', start, start + m[0].length))
    }
  return issues
}
