import { listActivity } from '@/lib/db/activity'
import { getDocumentMeta } from '@/lib/db/documents'
import { AppError } from '@/lib/errors'
import { ActivityQuerySchema, queryOf } from '@/lib/http/people-schemas'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: DocumentParams }, async ({ request, params, db }) => {
  const { limit } = ActivityQuerySchema.parse(queryOf(request))
  if (!(await getDocumentMeta(db, params.id))) throw new AppError('document.notFound')
  return json({ activity: await listActivity(db, params.id, limit) })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
