import { leastFinished, SEGMENT_STATUSES, type SegmentStatus } from './segment-states'

export type StatusTally = Record<SegmentStatus, { count: number; words: number }>
export type Progress = { total: { count: number; words: number }; byStatus: StatusTally }

type LinkForProgress = { sourceIds: string[]; targetIds: string[] }

/** No links yet: every status at zero. */
export function emptyProgress(): Progress {
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, { count: 0, words: 0 }])) as StatusTally
  return { total: { count: 0, words: 0 }, byStatus }
}

/** Progress of a translation by link: a link's status is the least advanced of its targets, its words are its source words. */
export function computeProgress(
  links: LinkForProgress[],
  statusOf: Map<string, SegmentStatus>,
  wordsOf: Map<string, number>,
): Progress {
  const { total, byStatus } = emptyProgress()
  for (const link of links) {
    const status = leastFinished(link.targetIds.map((id) => statusOf.get(id) ?? 'empty'))
    const words = link.sourceIds.reduce((sum, id) => sum + (wordsOf.get(id) ?? 0), 0)
    byStatus[status].count++
    byStatus[status].words += words
    total.count++
    total.words += words
  }
  return { total, byStatus }
}
