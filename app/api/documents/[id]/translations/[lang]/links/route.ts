import { applyAlignmentOperation } from '@/lib/server/alignment/apply-alignment-operation'
import { getAlignmentView } from '@/lib/server/alignment/alignment-view'
import { db } from '@/lib/db/db'
import { getActingUser } from '@/lib/db/users'
import { AppError } from '@/lib/errors'
import { AlignmentRequestSchema } from '@/lib/http/alignment-schemas'
import { handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ id: string; lang: string }> }) {
  return handle(request, async () => {
    const { id, lang } = await params
    const view = await getAlignmentView(db, { documentId: id, lang: decodeURIComponent(lang) })
    if (!view) throw new AppError('translation.notFound')
    return json(view)
  })
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string; lang: string }> }) {
  return handle(request, async () => {
    const { id, lang } = await params
    const { version, ...operation } = AlignmentRequestSchema.parse(await request.json())
    const actor = await getActingUser(db)
    await applyAlignmentOperation(
      db,
      { documentId: id, lang: decodeURIComponent(lang), version, request: operation },
      actor,
    )
    return json(await getAlignmentView(db, { documentId: id, lang: decodeURIComponent(lang) }))
  })
}
