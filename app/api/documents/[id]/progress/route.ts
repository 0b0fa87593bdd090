import { getDocumentMeta } from '@/lib/db/documents'
import { listPeopleProgress } from '@/lib/db/people-progress'
import { AppError } from '@/lib/errors'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: DocumentParams }, async ({ params, db }) => {
  if (!(await getDocumentMeta(db, params.id))) throw new AppError('document.notFound')
  return json({ languages: await listPeopleProgress(db, params.id) })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
