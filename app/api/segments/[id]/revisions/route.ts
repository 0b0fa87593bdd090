import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { SegmentParams } from '@/lib/http/route-params'
import { listSegmentRevisions } from '@/lib/server/segments/list-revisions'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: SegmentParams }, async ({ params, db }) =>
  json(await listSegmentRevisions(db, params.id)),
)

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
