import type { QaDocumentSegment, QaIssue } from '../types'

const normalize = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim()

/**
 * Segments whose source (spaces aside) occurs elsewhere in the document with another translation:
 * each such segment gets a warning naming how many different translations there are. Empty targets
 * do not count.
 */
export function checkConsistency(segments: QaDocumentSegment[]): Array<{ segmentId: string; issue: QaIssue }> {
  const groups = new Map<string, Map<string, string[]>>()
  for (const s of segments) {
    const source = normalize(s.source)
    const target = normalize(s.target)
    if (source === '' || target === '') continue
    let byTarget = groups.get(source)
    if (!byTarget) groups.set(source, (byTarget = new Map()))
    const ids = byTarget.get(target)
    if (ids) ids.push(s.segmentId)
    else byTarget.set(target, [s.segmentId])
  }
  const out: Array<{ segmentId: string; issue: QaIssue }> = []
  for (const byTarget of groups.values()) {
    if (byTarget.size < 2) continue
    for (const ids of byTarget.values())
      for (const segmentId of ids)
        out.push({
          segmentId,
          issue: {
            check: 'consistency',
            severity: 'warning',
            messageKey: 'inconsistent',
            params: { count: byTarget.size },
          },
        })
  }
  return out
}
