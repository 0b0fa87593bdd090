import { deleteDocument, getDocument } from '@/lib/db/documents'
import { AppError } from '@/lib/errors'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: DocumentParams }, async ({ params, db }) => {
  const document = await getDocument(db, params.id)
  if (!document) throw new AppError('document.notFound')
  const { paragraphs, ...rest } = document
  return json({
    ...rest,
    paragraphs: paragraphs.map(({ id: pid, position, text, html }) => ({ id: pid, position, text, html })),
  })
})

export const DELETE = route({ allow: 'documents.delete', params: DocumentParams }, async ({ params, db, actor }) => {
  await deleteDocument(db, params.id, actor)
  return new Response(null, { status: 204 })
})

export const { POST, PUT, PATCH, OPTIONS } = otherMethods({ GET, DELETE })
