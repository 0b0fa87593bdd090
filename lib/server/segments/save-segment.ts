import { AppError } from '@/lib/errors'
import { docToText } from '@/lib/richtext/doc-to-text'
import { isEmptyDoc } from '@/lib/richtext/empty-doc'
import { isSameDoc } from '@/lib/richtext/is-same-doc'
import { checkSegmentSize } from '@/lib/richtext/segment-limits'
import type { RichDoc } from '@/lib/richtext/types'
import { actionForStatus, nextStatus, type SegmentStatus } from '@/lib/workbench/segment-states'
import { authorize } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getSegment, langOfSegment, writeSegment, type SegmentSnapshot } from '@/lib/db/segments'
import type { Actor } from '@/lib/auth/permissions'

/**
 * Saves a segment if `version` is still current (optimistic concurrency) and records a revision.
 * The status follows the transition table (`nextStatus`); approving or rejecting where the table does
 * not allow it throws `segment.transitionRefused`. A stale version throws `segment.conflict`
 * with the current segment; nothing is overwritten.
 */
export async function saveSegment(
  db: Db,
  input: { segmentId: string; version: number; content?: RichDoc; status?: SegmentStatus },
  actor: Actor,
): Promise<SegmentSnapshot> {
  authorize(actor, actionForStatus(input.status), await langOfSegment({ id: input.segmentId }, db))
  return db.$transaction(async (tx) => {
    const current = await getSegment(tx, input.segmentId)
    if (!current) throw new AppError('segment.notFound')
    if (current.version !== input.version) throw new AppError('segment.conflict', { current })
    const content = input.content ? checkSegmentSize(input.content) : current.content
    const text = docToText(content)
    const status = nextStatus(current.status, {
      isEmpty: isEmptyDoc(content),
      isChanged: !isSameDoc(content, current.content),
      requested: input.status,
    })
    // A reviewer's decision the table does not allow (approving a draft) is refused, not turned into a no-op.
    if ((input.status === 'approved' || input.status === 'rejected') && status !== input.status)
      throw new AppError('segment.transitionRefused', { from: current.status, to: input.status })
    const saved = await writeSegment(
      tx,
      { segmentId: input.segmentId, version: input.version, content, text, status },
      actor,
    )
    if (!saved) throw new AppError('segment.conflict', { current })
    return saved
  })
}
