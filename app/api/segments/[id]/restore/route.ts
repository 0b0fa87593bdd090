import { langOfSegment } from '@/lib/db/segments'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { SegmentParams } from '@/lib/http/route-params'
import { RestoreRevisionSchema } from '@/lib/http/schemas'
import { restoreRevision } from '@/lib/server/segments/restore-revision'
import { otherMethods } from '@/lib/http/other-methods'

export const POST = route(
  { allow: 'segments.edit', langOf: langOfSegment, params: SegmentParams, body: RestoreRevisionSchema },
  async ({ params, body, db, actor, tab }) =>
    json(await restoreRevision(db, { segmentId: params.id, ...body, tab }, actor)),
)

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
