import { AppError } from '@/lib/errors'
import { AlignmentRequestSchema } from '@/lib/http/alignment-schemas'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { getAlignmentView } from '@/lib/server/alignment/alignment-view'
import { applyAlignmentOperation } from '@/lib/server/alignment/apply-alignment-operation'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: TranslationParams }, async ({ params, db }) => {
  const view = await getAlignmentView(db, { documentId: params.id, lang: params.lang })
  if (!view) throw new AppError('translation.notFound')
  return json(view)
})

export const POST = route(
  { allow: 'segments.edit', params: TranslationParams, body: AlignmentRequestSchema },
  async ({ params, body: { version, ...operation }, db, actor, tab }) => {
    const translation = { documentId: params.id, lang: params.lang }
    await applyAlignmentOperation(db, { ...translation, version, request: operation, tab }, actor)
    return json(await getAlignmentView(db, translation))
  },
)

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
