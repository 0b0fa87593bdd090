import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import type { CommentView } from '@/lib/db/comments'
import { byWhom, emitLiveEvent, translationIdOfSegment } from '@/lib/db/live-events'

/** Tells everyone following the translation that a comment was written, or a thread resolved or reopened. */
export async function announceComment(
  db: Db,
  comment: CommentView,
  actor: Pick<Actor, 'name'>,
  tab: string | undefined,
): Promise<void> {
  const translationId = await translationIdOfSegment(db, comment.segmentId)
  if (!translationId) return
  await emitLiveEvent(db, translationId, 'comment', {
    segmentId: comment.segmentId,
    commentId: comment.id,
    ...byWhom(actor, tab),
    resolved: comment.resolved,
  })
}
