import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { getDocumentQuality } from '@/lib/server/review/document-quality'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: DocumentParams }, async ({ params, db }) =>
  json(await getDocumentQuality(db, params.id)),
)

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
