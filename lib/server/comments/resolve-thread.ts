import { authorize, type Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getComment, langOfComment, setCommentResolved, type CommentView } from '@/lib/db/comments'
import { AppError } from '@/lib/errors'
import { announceComment } from './announce-comment'

/**
 * Resolves or reopens the thread a comment belongs to: the comment itself when it is a thread's root,
 * else its root (a reply has no state of its own). Answers the root.
 */
export async function resolveThread(
  db: Db,
  input: { commentId: string; resolved: boolean; tab?: string },
  actor: Actor,
): Promise<CommentView> {
  const comment = await getComment(db, input.commentId)
  if (!comment) throw new AppError('comment.notFound')
  authorize(actor, 'comments.write', await langOfComment({ id: comment.id }, db))
  const rootId = comment.parentId ?? comment.id
  const root = await setCommentResolved(db, rootId, input.resolved, actor)
  if (!root) throw new AppError('comment.notFound')
  await announceComment(db, root, actor, input.tab)
  return root
}
