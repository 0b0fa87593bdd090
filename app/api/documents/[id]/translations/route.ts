import { authorize } from '@/lib/auth/permissions'
import { createTranslation, findTranslation } from '@/lib/db/translations'
import { streamProgress, wantsProgress } from '@/lib/http/progress-stream'
import { readTranslationRequest } from '@/lib/http/read-translation-request'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { otherMethods } from '@/lib/http/other-methods'

/** Adds a language (admins), or imports a translation's text: new languages by admins, an existing one by its editors. */
export const POST = route({ allow: 'signedIn', params: DocumentParams }, async ({ request, params, db, actor }) => {
  const { lang, replace, paragraphs } = await readTranslationRequest(request)
  const exists = paragraphs !== null && (await findTranslation(db, { documentId: params.id, lang })) !== null
  authorize(actor, exists ? 'segments.edit' : 'translations.manage', lang)
  if (paragraphs === null) return json(await createTranslation(db, { documentId: params.id, lang }), 201)
  const input = { documentId: params.id, lang, paragraphs, replace }
  if (wantsProgress(request)) return streamProgress(request, 201, (report) => importTranslationText(db, input, report))
  return json(await importTranslationText(db, input), 201)
})

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
