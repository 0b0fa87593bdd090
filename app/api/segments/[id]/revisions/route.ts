import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { SegmentParams } from '@/lib/http/route-params'
import { listSegmentRevisions } from '@/lib/server/segments/list-revisions'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: SegmentParams }, async ({ params, db }) =>
  json(await listSegmentRevisions(db, params.id)),
)
