import { listThreads } from '@/lib/db/comments'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** The threads of one language of a document, in segment order; `?open=1` keeps the open ones only. */
export const GET = route({ allow: 'documents.read', params: TranslationParams }, async ({ request, params, db }) => {
  const openOnly = new URL(request.url).searchParams.get('open') === '1'
  return json({ threads: await listThreads(db, { documentId: params.id, lang: params.lang, openOnly }) })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
