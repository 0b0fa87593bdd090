import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { listChangesSince } from '@/lib/server/review/changes-since'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: TranslationParams }, async ({ params, db }) =>
  json({ changes: await listChangesSince(db, { documentId: params.id, lang: params.lang }) }),
)

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
