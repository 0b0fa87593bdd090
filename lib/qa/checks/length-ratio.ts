import type { QaDocumentSegment, QaIssue } from '../types'

// Segments too short to judge (a title, a number) and too few to know the usual ratio.
const MIN_SOURCE_CHARS = 20
const MIN_SEGMENTS = 5
// How far from the usual ratio counts: this many robust standard deviations, and at least ×2 or ÷2.
const SPREADS = 3
const MIN_LOG_DISTANCE = Math.log(2)

const lengthOf = (text: string) => text.replace(/\s+/gu, '').length

function median(sorted: number[]): number {
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Segments whose target/source length ratio (characters, spaces left out) is far from the document's
 * usual one: compared on a log scale with the median ratio and the median absolute deviation (×1.4826,
 * a standard deviation robust to the outliers it looks for). Languages differ in length (Korean is
 * shorter than Russian), which the document's own median absorbs.
 */
export function checkLengthRatio(segments: QaDocumentSegment[]): Array<{ segmentId: string; issue: QaIssue }> {
  const measured = segments
    .filter((s) => lengthOf(s.source) >= MIN_SOURCE_CHARS && lengthOf(s.target) > 0)
    .map((s) => ({ segmentId: s.segmentId, log: Math.log(lengthOf(s.target) / lengthOf(s.source)) }))
  if (measured.length < MIN_SEGMENTS) return []
  const center = median(measured.map((m) => m.log).sort((a, b) => a - b))
  const spread = 1.4826 * median(measured.map((m) => Math.abs(m.log - center)).sort((a, b) => a - b))
  const limit = Math.max(SPREADS * spread, MIN_LOG_DISTANCE)
  return measured
    .filter((m) => Math.abs(m.log - center) > limit)
    .map((m) => ({
      segmentId: m.segmentId,
      issue: {
        check: 'lengthRatio',
        severity: 'info',
        messageKey: m.log > center ? 'lengthLong' : 'lengthShort',
        params: { percent: Math.round(100 * Math.exp(m.log - center)) },
      },
    }))
}
