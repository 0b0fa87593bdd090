import { authorize, type Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getComment, insertComment, type CommentView } from '@/lib/db/comments'
import { AppError } from '@/lib/errors'
import type { ErrorMark } from '@/lib/review/error-marks'
import { announceComment } from './announce-comment'

/**
 * Writes a comment on a segment: a new thread, with an optional error mark, or a reply to a thread of
 * the same segment (replies carry no mark: a mark belongs to one finding). The comment remembers the
 * segment version it was written on.
 */
export async function addComment(
  db: Db,
  input: { segmentId: string; body: string; parentId?: string; mark?: ErrorMark; tab?: string },
  actor: Actor,
): Promise<CommentView> {
  const segment = await db.targetSegment.findUnique({
    where: { id: input.segmentId },
    select: { version: true, translation: { select: { lang: true } } },
  })
  if (!segment) throw new AppError('segment.notFound')
  authorize(actor, 'comments.write', segment.translation.lang)
  if (input.parentId !== undefined) {
    if (input.mark) throw new AppError('comment.invalidMark')
    const parent = await getComment(db, input.parentId)
    if (!parent || parent.segmentId !== input.segmentId || parent.parentId !== null)
      throw new AppError('comment.invalidParent')
  }
  const written = await insertComment(
    db,
    {
      segmentId: input.segmentId,
      parentId: input.parentId ?? null,
      body: input.body,
      category: input.mark?.category ?? null,
      severity: input.mark?.severity ?? null,
      version: segment.version,
    },
    actor,
  )
  await announceComment(db, written, actor, input.tab)
  return written
}
