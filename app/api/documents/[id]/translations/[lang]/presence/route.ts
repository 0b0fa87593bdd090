import { findTranslation } from '@/lib/db/translations'
import { AppError } from '@/lib/errors'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { PresenceSchema } from '@/lib/http/schemas'
import { setOpenSegment } from '@/lib/server/live/presence'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/**
 * Which segment the caller's events stream has open; everyone following the translation hears it. Holding
 * a segment is for those who may edit the language (403 `auth.forbidden`): reading is open to everyone.
 */
export const POST = route(
  { allow: 'segments.edit', params: TranslationParams, body: PresenceSchema },
  async ({ params, body, db, actor }) => {
    const translation = await findTranslation(db, { documentId: params.id, lang: params.lang })
    if (!translation) throw new AppError('translation.notFound')
    await setOpenSegment(db, { translationId: translation.id, ...body }, actor)
    return json({ ok: true })
  },
)

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
