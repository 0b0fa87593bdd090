import { countSegmentsByStatus, listWorkAssignments, type AssignmentRole, type PersonRef } from '@/lib/db/assignments'
import type { DbOrTx } from '@/lib/db/client'
import { summarizeTranslations } from '@/lib/db/documents'
import type { Progress } from '@/lib/workbench/progress'
import { SEGMENT_STATUSES, type SegmentStatus } from '@/lib/workbench/segment-states'

/**
 * Progress of one assigned language: its target segments by status, and its source words by the status
 * of their links (as the document page's bars count them).
 */
export type WorkProgress = {
  segments: { total: number; byStatus: Record<SegmentStatus, number> }
  /** `translated`: confirmed words (translated or approved); `approved`: approved words. */
  words: { total: number; translated: number; approved: number }
}
/** Segments that wait for someone: to translate (empty, draft), to review (translated), rejected back to the translator. */
export type Waiting = { toTranslate: number; toReview: number; rejected: number }
export type WorkItem = {
  documentId: string
  title: string
  lang: string
  role: AssignmentRole
  user: PersonRef
  progress: WorkProgress
  waiting: Waiting
}

function toWorkProgress({ total, byStatus }: Progress, segments: Map<string, number> | undefined): WorkProgress {
  const counts = Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, segments?.get(s) ?? 0])) as Record<
    SegmentStatus,
    number
  >
  return {
    segments: { total: Object.values(counts).reduce((sum, n) => sum + n, 0), byStatus: counts },
    words: {
      total: total.words,
      translated: byStatus.translated.words + byStatus.approved.words,
      approved: byStatus.approved.words,
    },
  }
}

function toWaiting(counts: Map<string, number> | undefined): Waiting {
  const n = (status: SegmentStatus) => counts?.get(status) ?? 0
  return { toTranslate: n('empty') + n('draft'), toReview: n('translated'), rejected: n('rejected') }
}

/**
 * What is assigned to a person (or, with `userId` undefined, to everyone) with its progress and what
 * waits: one query for the assignments, the document progress queries, one grouped count of statuses.
 */
export async function getWork(db: DbOrTx, { userId }: { userId?: string }): Promise<WorkItem[]> {
  const assignments = await listWorkAssignments(db, { userId })
  if (assignments.length === 0) return []
  const translationIds = [...new Set(assignments.map((a) => a.translationId))]
  const [summaries, counts] = await Promise.all([
    summarizeTranslations(db, [...new Set(assignments.map((a) => a.documentId))]),
    countSegmentsByStatus(db, translationIds),
  ])
  const progressOf = new Map([...summaries.values()].flat().map((s) => [s.id, s.progress]))
  return assignments.map(({ translationId, ...assignment }) => ({
    ...assignment,
    progress: toWorkProgress(progressOf.get(translationId)!, counts.get(translationId)),
    waiting: toWaiting(counts.get(translationId)),
  }))
}
