import { authorize, type Actor } from '@/lib/auth/permissions'
import { byWhom, recordLiveEvent } from '@/lib/db/live-events'
import { AppError } from '@/lib/errors'
import { transition, type SegmentStatus } from '@/lib/workbench/segment-states'
import type { Db } from '@/lib/db/client'
import { listSegmentStates, setSegmentsStatus, type SegmentState } from '@/lib/db/segments'
import { findTranslation } from '@/lib/db/translations'

/** Which segments to approve: listed ones, or every one the filter lets through; `versions` pins those the reviewer saw. */
export type ApproveSegmentsInput = {
  documentId: string
  lang: string
  segmentIds?: readonly string[]
  filter?: { status: 'translated' }
  versions?: Readonly<Record<string, number>>
  /** The browser tab the approval comes from, for its live events (lib/live/tab.ts). */
  tab?: string
}

/** Why a segment was left as it was: not waiting for review (its status), changed since the reviewer saw it, or not in this translation. */
export type SkippedSegment = { id: string; status: SegmentStatus | null; reason: 'status' | 'conflict' | 'notFound' }

export type ApproveSegmentsResult = { approved: number; segments: SegmentState[]; skipped: SkippedSegment[] }

// Bulk approval takes only what waits for review: confirmed by the translator, not yet decided.
const WAITING: SegmentStatus = 'translated'

/**
 * Approves, in one transaction, every listed segment of a translation that is `translated` (and at
 * the version the reviewer saw, when given), each with a revision by the reviewer; the others are
 * reported as skipped. Needs 'segments.review' in the language.
 */
export async function approveSegments(
  db: Db,
  input: ApproveSegmentsInput,
  actor: Actor,
): Promise<ApproveSegmentsResult> {
  authorize(actor, 'segments.review', input.lang)
  return db.$transaction(
    async (tx) => {
      const translation = await findTranslation(tx, { documentId: input.documentId, lang: input.lang })
      if (!translation) throw new AppError('translation.notFound')
      const found = await listSegmentStates(tx, { translationId: translation.id, ids: input.segmentIds })
      const { approve, skipped } = planApproval(found, input)
      const segments = await setSegmentsStatus(
        tx,
        { ids: approve, from: WAITING, to: transition(WAITING, 'approve') },
        actor,
      )
      const done = new Set(segments.map((s) => s.id))
      // A segment changed between reading and writing (another session) is a conflict, not an approval.
      for (const id of approve)
        if (!done.has(id))
          skipped.push({ id, status: found.find((s) => s.id === id)?.status ?? null, reason: 'conflict' })
      // The content did not change: the events carry no html.
      for (const { id, version, status } of segments)
        await recordLiveEvent(tx, translation.id, 'segment', { id, version, status, ...byWhom(actor, input.tab) })
      return { approved: segments.length, segments, skipped }
    },
    { timeout: 60_000 },
  )
}

/** Splits the segments into those to approve and those to skip, keeping the order asked for. */
function planApproval(
  found: SegmentState[],
  { segmentIds, versions }: Pick<ApproveSegmentsInput, 'segmentIds' | 'versions'>,
): { approve: string[]; skipped: SkippedSegment[] } {
  const byId = new Map(found.map((s) => [s.id, s]))
  const approve: string[] = []
  const skipped: SkippedSegment[] = []
  for (const id of segmentIds ? new Set(segmentIds) : byId.keys()) {
    const segment = byId.get(id)
    const seen = versions?.[id]
    if (!segment) skipped.push({ id, status: null, reason: 'notFound' })
    else if (segment.status !== WAITING) {
      // Under a filter, segments not waiting are simply not part of it.
      if (segmentIds) skipped.push({ id, status: segment.status, reason: 'status' })
    } else if (seen !== undefined && seen !== segment.version)
      skipped.push({ id, status: segment.status, reason: 'conflict' })
    else approve.push(id)
  }
  return { approve, skipped }
}
