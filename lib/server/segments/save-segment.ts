import { AppError } from '@/lib/errors'
import { docToText } from '@/lib/richtext/doc-to-text'
import { isEmptyDoc } from '@/lib/richtext/empty-doc'
import { isSameDoc } from '@/lib/richtext/is-same-doc'
import { checkSegmentSize } from '@/lib/richtext/segment-limits'
import type { RichDoc } from '@/lib/richtext/types'
import { actionForStatus, nextStatus, type SegmentStatus } from '@/lib/workbench/segment-states'
import { authorize } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { sqlTransaction } from '@/lib/db/sql'
import { getSegmentInTranslation, writeSegment, type SegmentSnapshot } from '@/lib/db/segments'
import type { Actor } from '@/lib/auth/permissions'
import { insertComment } from '@/lib/db/comments'
import { byWhom, recordLiveEvent } from '@/lib/db/live-events'
import type { ErrorMark } from '@/lib/review/error-marks'
import { rememberSegment } from '@/lib/server/tm/remember-segment'

/**
 * Saves a segment if `version` is still current (optimistic concurrency) and records a revision; a
 * translated or approved segment goes into the translation memory (`rememberSegment`).
 * The status follows the transition table (`nextStatus`); approving or rejecting where the table does
 * not allow it throws `segment.transitionRefused`. A stale version throws `segment.conflict`
 * with the current segment; nothing is overwritten.
 *
 * A reviewer's decision may carry a `comment` and an error `mark`, written as a thread in the same
 * transaction: rejecting needs the comment (`segment.rejectNeedsComment`), it tells the translator why;
 * a mark on an approval (a segment the reviewer corrected) is stored resolved, as nobody has to act on it.
 */
export async function saveSegment(
  db: Db,
  input: {
    segmentId: string
    version: number
    content?: RichDoc
    status?: SegmentStatus
    comment?: string
    mark?: ErrorMark
    /** The browser tab the save comes from, for its live event (lib/live/tab.ts). */
    tab?: string
  },
  actor: Actor,
): Promise<SegmentSnapshot> {
  const comment = input.comment?.trim() ?? ''
  const isDecision = input.status === 'approved' || input.status === 'rejected'
  if (!isDecision && (comment !== '' || input.mark)) throw new AppError('comment.invalidMark')
  return sqlTransaction(db, async (tx) => {
    const found = await getSegmentInTranslation(tx, input.segmentId)
    authorize(actor, actionForStatus(input.status), found?.lang)
    if (!found) throw new AppError('segment.notFound')
    const { segment: current, translationId } = found
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
    if (status === 'rejected' && comment === '') throw new AppError('segment.rejectNeedsComment')
    const saved = await writeSegment(
      tx,
      { segmentId: input.segmentId, version: input.version, content, text, status },
      actor,
    )
    if (!saved) throw new AppError('segment.conflict', { current })
    await rememberSegment(tx, saved, actor)
    const { id, version, status: savedStatus, html } = saved
    await recordLiveEvent(tx, translationId, 'segment', {
      ...{ id, version, status: savedStatus, html, content: saved.content },
      ...byWhom(actor, input.tab),
    })
    if (comment !== '' || input.mark) {
      const thread = await insertComment(
        tx,
        {
          segmentId: saved.id,
          parentId: null,
          body: comment,
          category: input.mark?.category ?? null,
          severity: input.mark?.severity ?? null,
          version: saved.version,
          resolved: status === 'approved',
        },
        actor,
      )
      await recordLiveEvent(tx, translationId, 'comment', {
        segmentId: saved.id,
        commentId: thread.id,
        ...byWhom(actor, input.tab),
        resolved: status === 'approved',
      })
    }
    return saved
  })
}
