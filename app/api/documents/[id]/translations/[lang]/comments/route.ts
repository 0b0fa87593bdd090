import { listThreadPage } from '@/lib/db/comments'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { ListThreadsQuerySchema } from '@/lib/http/schemas'
import { queryOf } from '@/lib/http/people-schemas'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** A page of the threads of one language of a document, in segment order; `?open=1` keeps the open ones only. */
export const GET = route({ allow: 'documents.read', params: TranslationParams }, async ({ request, params, db }) => {
  const { open, ...page } = queryOf(request)
  const query = ListThreadsQuerySchema.parse(page)
  return json(await listThreadPage(db, { documentId: params.id, lang: params.lang, openOnly: open === '1', ...query }))
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
