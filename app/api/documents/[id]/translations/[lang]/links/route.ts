import { applyAlignmentRequest } from '@/lib/db/alignment-operations'
import { getAlignmentView } from '@/lib/db/alignment-view'
import { AppError } from '@/lib/errors'
import { AlignmentRequestSchema } from '@/lib/http/alignment-schemas'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'

export const dynamic = 'force-dynamic'

export const GET = route({ params: TranslationParams }, async ({ params, db }) => {
  const view = await getAlignmentView(db, { documentId: params.id, lang: params.lang })
  if (!view) throw new AppError('translation.notFound')
  return json(view)
})

export const POST = route(
  { params: TranslationParams, body: AlignmentRequestSchema },
  async ({ params, body: { version, ...operation }, db, actor }) => {
    const translation = { documentId: params.id, lang: params.lang }
    await applyAlignmentRequest(db, { ...translation, version, request: operation }, await actor())
    return json(await getAlignmentView(db, translation))
  },
)
