import { pretranslateTranslation } from '../../server/tm/pretranslate-translation'
import { json } from '../respond'
import type { createRoute } from '../route'
import { TranslationParams } from '../route-params'
import { PretranslateSchema } from '../schemas'

/**
 * `POST /api/documents/:id/translations/:lang/pretranslate`, made for a `route()` (the app's, or a test's
 * on its own database): fills the empty segments from 100% and in-context memory matches, as drafts.
 */
export function pretranslateRoute(route: ReturnType<typeof createRoute>) {
  return route(
    { allow: 'segments.edit', params: TranslationParams, body: PretranslateSchema },
    async ({ params, body, db, actor, tab }) =>
      json(await pretranslateTranslation(db, { documentId: params.id, lang: params.lang, ...body, tab }, actor)),
  )
}
