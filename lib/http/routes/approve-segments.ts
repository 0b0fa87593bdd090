import { approveSegments } from '../../server/review/approve-segments'
import { json } from '../respond'
import type { createRoute } from '../route'
import { TranslationParams } from '../route-params'
import { ApproveSegmentsSchema } from '../schemas'

/**
 * `POST /api/documents/:id/translations/:lang/approve`, made for a `route()` (the app's, or a test's on
 * its own database): review mode's "Approve selected" and "Approve all translated".
 */
export function approveSegmentsRoute(route: ReturnType<typeof createRoute>) {
  return route(
    { allow: 'segments.review', params: TranslationParams, body: ApproveSegmentsSchema },
    async ({ params, body, db, actor, tab }) =>
      json(await approveSegments(db, { documentId: params.id, lang: params.lang, ...body, tab }, actor)),
  )
}
