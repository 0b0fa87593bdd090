import { json, requestLocale, requestT } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { TranslationParams } from '@/lib/http/route-params'
import { qaMessage } from '@/lib/qa/qa-message'
import { getTranslationQa } from '@/lib/server/qa/translation-qa'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** The quality report of one language of a document: every finding with its message in the caller's language. */
export const GET = route({ allow: 'documents.read', params: TranslationParams }, async ({ request, params, db }) => {
  const { issues, counts } = await getTranslationQa(db, { documentId: params.id, lang: params.lang })
  const t = await requestT(request)
  const locale = requestLocale(request)
  return json({ issues: issues.map((issue) => ({ ...issue, message: qaMessage(issue, t, locale) })), counts })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
