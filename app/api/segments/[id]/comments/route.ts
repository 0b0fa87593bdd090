import { listSegmentCommentPage } from '@/lib/db/comments'
import { langOfSegment } from '@/lib/db/segments'
import { AppError } from '@/lib/errors'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { SegmentParams } from '@/lib/http/route-params'
import { CreateCommentSchema, ListCommentsQuerySchema } from '@/lib/http/schemas'
import { queryOf } from '@/lib/http/people-schemas'
import { addComment } from '@/lib/server/comments/add-comment'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** A page of the segment's comments, newest first; `?after=` the `next` of a page reads the earlier ones. */
export const GET = route({ allow: 'documents.read', params: SegmentParams }, async ({ request, params, db }) => {
  const query = ListCommentsQuerySchema.parse(queryOf(request))
  const page = await listSegmentCommentPage(db, { segmentId: params.id, ...query })
  if (page.comments.length === 0 && !(await langOfSegment(params, db))) throw new AppError('segment.notFound')
  return json(page)
})

export const POST = route(
  { allow: 'comments.write', langOf: langOfSegment, params: SegmentParams, body: CreateCommentSchema },
  async ({ params, body, db, actor, tab }) => {
    const { category, severity, ...rest } = body
    const mark = category && severity ? { category, severity } : undefined
    return json(await addComment(db, { segmentId: params.id, ...rest, mark, tab }, actor), 201)
  },
)

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
