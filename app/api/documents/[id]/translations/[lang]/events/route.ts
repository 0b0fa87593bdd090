import { findTranslation } from '@/lib/db/translations'
import { AppError } from '@/lib/errors'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { getLiveHub } from '@/lib/server/live/app-live-hub'
import { openEventStream } from '@/lib/server/live/open-event-stream'
import { getStreamQuota, STREAMS_PER_PERSON } from '@/lib/server/live/stream-quota'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/**
 * What changes in one translation, as Server-Sent Events; a reconnect resumes after `Last-Event-ID`.
 * The stream ends at a heartbeat once its token is revoked or its session ends.
 * A person holds at most `STREAMS_PER_PERSON` streams on an instance (429 `live.tooManyStreams`).
 */
export const GET = route(
  { allow: 'documents.read', params: TranslationParams },
  async ({ request, params, db, actor, stillAllowed }) => {
    const translation = await findTranslation(db, { documentId: params.id, lang: params.lang })
    if (!translation) throw new AppError('translation.notFound')
    const release = getStreamQuota().take(actor.id)
    if (!release) throw new AppError('live.tooManyStreams', { limit: STREAMS_PER_PERSON })
    const stream = openEventStream({
      onEnd: release,
      db,
      hub: getLiveHub(),
      translationId: translation.id,
      actor,
      lastEventId: request.headers.get('last-event-id') ?? undefined,
      signal: request.signal,
      stillAllowed,
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

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
