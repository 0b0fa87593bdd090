import { findTranslation } from '@/lib/db/translations'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { getLiveHub } from '@/lib/server/live/app-live-hub'
import { openEventStream } from '@/lib/server/live/open-event-stream'

export const dynamic = 'force-dynamic'

/** What changes in one translation, as Server-Sent Events; a reconnect resumes after `Last-Event-ID`. */
export const GET = route(
  { allow: 'documents.read', params: TranslationParams },
  async ({ request, params, db, actor }) => {
    const translation = await findTranslation(db, { documentId: params.id, lang: params.lang })
    if (!translation) throw new AppError('translation.notFound')
    const stream = openEventStream({
      db,
      hub: getLiveHub(),
      translationId: translation.id,
      actor,
      lastEventId: request.headers.get('last-event-id') ?? undefined,
      signal: request.signal,
    })
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      },
    })
  },
)
