import { langOfComment } from '@/lib/db/comments'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { CommentParams } from '@/lib/http/route-params'
import { ResolveCommentSchema } from '@/lib/http/schemas'
import { resolveThread } from '@/lib/server/comments/resolve-thread'
import { otherMethods } from '@/lib/http/other-methods'

export const PATCH = route(
  { allow: 'comments.write', langOf: langOfComment, params: CommentParams, body: ResolveCommentSchema },
  async ({ params, body, db, actor, tab }) =>
    json(await resolveThread(db, { commentId: params.id, resolved: body.resolved, tab }, actor)),
)

export const { GET, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH })
