import { deleteQaIgnore, listSegmentQaIgnores } from '@/lib/db/qa-ignores'
import { langOfSegment } from '@/lib/db/segments'
import { AppError } from '@/lib/errors'
import { QaIgnoreSchema, QaUnignoreQuerySchema } from '@/lib/http/qa-schemas'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { SegmentParams } from '@/lib/http/route-params'
import { ignoreQaCheck } from '@/lib/server/qa/ignore-qa-check'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** The checks ignored on a segment, with the text each was ignored on. */
export const GET = route({ allow: 'documents.read', params: SegmentParams }, async ({ params, db }) => {
  if (!(await langOfSegment(params, db))) throw new AppError('segment.notFound')
  return json({ ignores: await listSegmentQaIgnores(db, params.id) })
})

/** Ignores a check on the segment with a reason. */
export const POST = route(
  { allow: 'segments.edit', langOf: langOfSegment, params: SegmentParams, body: QaIgnoreSchema },
  async ({ params, body, db, actor }) =>
    json({ ignore: await ignoreQaCheck(db, { segmentId: params.id, ...body }, actor) }, 201),
)

/** Takes an ignore back (`?check=`). */
export const DELETE = route(
  { allow: 'segments.edit', langOf: langOfSegment, params: SegmentParams },
  async ({ request, params, db }) => {
    const { check } = QaUnignoreQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
    return json({ deleted: await deleteQaIgnore(db, { segmentId: params.id, check }) })
  },
)

export const { PUT, PATCH, OPTIONS } = otherMethods({ GET, POST, DELETE })
