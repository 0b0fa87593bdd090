import { authorize, type Actor } from '@/lib/auth/permissions'
import { byWhom, recordLiveEvent, type ByWhom } from '@/lib/db/live-events'
import { yieldToEventLoop } from '@/lib/db/raw-sql'
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
 * Segments approved in one transaction. On PGlite the statements run in this thread and their promises chain
 * without giving way: 5,000 segments approved in one transaction held every other request 25 s
 * (`npm run bench:bulk-writes`). A batch is a transaction of its own, after a turn of the event loop
 * (yieldToEventLoop), so requests that arrived meanwhile run between batches. A segment approved is a few
 * statements' share plus its live event: on a busy 2-core machine a batch of 100 held the database 0.6–1.2 s.
 */
export const APPROVE_BATCH = 25

/**
 * Approves every listed segment of a translation that is `translated` (and at the version the reviewer saw,
 * when given), each with a revision by the reviewer; the others are reported as skipped. The segments are
 * approved `APPROVE_BATCH` at a time, each batch in one transaction that reads them again: a segment
 * changed before its batch is judged as it is then. A failure part-way leaves the batches before it
 * approved (approving again skips them). Needs 'segments.review' in the language.
 */
export async function approveSegments(
  db: Db,
  input: ApproveSegmentsInput,
  actor: Actor,
): Promise<ApproveSegmentsResult> {
  authorize(actor, 'segments.review', input.lang)
  const translation = await findTranslation(db, { documentId: input.documentId, lang: input.lang })
  if (!translation) throw new AppError('translation.notFound')
  // Under a filter, the segments waiting now; listed ones are all looked at (a missing one is reported).
  const ids = input.segmentIds
    ? [...new Set(input.segmentIds)]
    : (await listSegmentStates(db, { translationId: translation.id }))
        .filter((s) => s.status === WAITING)
        .map((s) => s.id)
  const result: ApproveSegmentsResult = { approved: 0, segments: [], skipped: [] }
  for (let start = 0; start < ids.length; start += APPROVE_BATCH) {
    const batch = ids.slice(start, start + APPROVE_BATCH)
    await yieldToEventLoop()
    const done = await db.$transaction(
      (tx) =>
        approveBatch(tx, {
          translationId: translation.id,
          ids: batch,
          listed: input.segmentIds !== undefined,
          versions: input.versions,
          by: byWhom(actor, input.tab),
          actor,
        }),
      { timeout: 60_000 },
    )
    result.segments.push(...done.segments)
    result.skipped.push(...done.skipped)
  }
  result.approved = result.segments.length
  return result
}

/** Approves one batch of segments in the transaction given: read again, planned, written, each with its live event. */
async function approveBatch(
  tx: Parameters<typeof setSegmentsStatus>[0],
  {
    translationId,
    ids,
    listed,
    versions,
    by,
    actor,
  }: {
    translationId: string
    ids: string[]
    listed: boolean
    versions: ApproveSegmentsInput['versions']
    by: ByWhom
    actor: Actor
  },
): Promise<{ segments: SegmentState[]; skipped: SkippedSegment[] }> {
  const found = await listSegmentStates(tx, { translationId, ids })
  const { approve, skipped } = planApproval(found, { segmentIds: listed ? ids : undefined, versions })
  const segments = await setSegmentsStatus(
    tx,
    { ids: approve, from: WAITING, to: transition(WAITING, 'approve') },
    actor,
  )
  const done = new Set(segments.map((s) => s.id))
  // A segment changed between reading and writing (another session) is a conflict, not an approval.
  for (const id of approve)
    if (!done.has(id)) skipped.push({ id, status: found.find((s) => s.id === id)?.status ?? null, reason: 'conflict' })
  // The content did not change: the events carry no html.
  for (const { id, version, status } of segments)
    await recordLiveEvent(tx, translationId, 'segment', { id, version, status, ...by })
  return { segments, skipped }
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
