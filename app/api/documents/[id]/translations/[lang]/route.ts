import { deleteTranslation, getTranslation } from '@/lib/db/translations'
import { AppError } from '@/lib/errors'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read', params: TranslationParams }, async ({ params, db }) => {
  const translation = await getTranslation(db, { documentId: params.id, lang: params.lang })
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

export const DELETE = route(
  { allow: 'translations.delete', params: TranslationParams },
  async ({ params, db, actor }) => {
    await deleteTranslation(db, { documentId: params.id, lang: params.lang }, actor)
    return new Response(null, { status: 204 })
  },
)

export const { POST, PUT, PATCH, OPTIONS } = otherMethods({ GET, DELETE })
