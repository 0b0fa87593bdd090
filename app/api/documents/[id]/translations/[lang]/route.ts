import { db } from '@/lib/db/db'
import { deleteTranslation, getTranslation } from '@/lib/db/translations'
import { getActingUser } from '@/lib/db/users'
import { AppError } from '@/lib/errors'
import { handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ id: string; lang: string }> }) {
  return handle(request, async () => {
    const { id, lang } = await params
    const translation = await getTranslation(db, { documentId: id, lang })
    if (!translation) throw new AppError('translation.notFound')
    return json({
      ...translation,
      rows: translation.rows.map((row) => ({
        linkId: row.linkId,
        position: row.position,
        type: row.type,
        confidence: row.confidence,
        confirmed: row.confirmed,
        origin: row.origin,
        sourceParagraphIds: row.sourceIds,
        targets: row.targets.map(({ id: sid, text, html, status, version }) => ({
          id: sid,
          text,
          html,
          status,
          version,
        })),
      })),
    })
  })
}

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string; lang: string }> }) {
  return handle(request, async () => {
    const { id, lang } = await params
    await deleteTranslation(db, { documentId: id, lang }, await getActingUser(db))
    return new Response(null, { status: 204 })
  })
}
