import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { listChangesSince } from '@/lib/server/review/changes-since'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: TranslationParams }, async ({ params, db }) =>
  json({ changes: await listChangesSince(db, { documentId: params.id, lang: params.lang }) }),
)
