import { listAssignments } from '@/lib/db/assignments'
import { getDocumentMeta } from '@/lib/db/documents'
import { AppError } from '@/lib/errors'
import { AssignmentRequestSchema } from '@/lib/http/people-schemas'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { setAssignment } from '@/lib/server/people/set-assignment'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: DocumentParams }, async ({ params, db }) => {
  if (!(await getDocumentMeta(db, params.id))) throw new AppError('document.notFound')
  return json({ assignments: await listAssignments(db, params.id) })
})

export const PUT = route(
  { allow: 'users.manage', params: DocumentParams, body: AssignmentRequestSchema },
  async ({ params, body, db }) => {
    if (!(await getDocumentMeta(db, params.id))) throw new AppError('document.notFound')
    await setAssignment(db, { documentId: params.id, ...body })
    return json({ assignments: await listAssignments(db, params.id) })
  },
)

export const { POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT })
