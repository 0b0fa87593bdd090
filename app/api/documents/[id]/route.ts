import { deleteDocument, getDocument } from '@/lib/db/documents'
import { db } from '@/lib/db/db'
import { getActingUser } from '@/lib/db/users'
import { AppError } from '@/lib/errors'
import { handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async () => {
    const { id } = await params
    const document = await getDocument(db, id)
    if (!document) throw new AppError('document.notFound')
    const { paragraphs, ...rest } = document
    return json({
      ...rest,
      paragraphs: paragraphs.map(({ id: pid, position, text, html }) => ({ id: pid, position, text, html })),
    })
  })
}

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async () => {
    const { id } = await params
    await deleteDocument(db, id, await getActingUser(db))
    return new Response(null, { status: 204 })
  })
}
