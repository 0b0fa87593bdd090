import { listSentenceLinks } from '@/lib/server/alignment/list-sentence-links'
import { realignSentenceLinks } from '@/lib/server/alignment/realign-sentence-links'
import { AppError } from '@/lib/errors'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { LinkParams } from '@/lib/http/route-params'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** The sentence pairs of a link of this document's translation; stale pairs are aligned again for the answer only. */
export const GET = route({ allow: 'documents.read', params: LinkParams }, async ({ params, db }) => {
  const sentences = await listSentenceLinks(db, { documentId: params.id, lang: params.lang, linkId: params.linkId })
  if (!sentences) throw new AppError('alignment.linkNotFound')
  return json({ sentences })
})

/** Aligns the sentences of a link again when they are stale, and stores them. */
export const POST = route({ allow: 'segments.edit', params: LinkParams }, async ({ params, db }) => {
  const sentences = await realignSentenceLinks(db, { documentId: params.id, lang: params.lang, linkId: params.linkId })
  if (!sentences) throw new AppError('alignment.linkNotFound')
  return json({ sentences })
})

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
