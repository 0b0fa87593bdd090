import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { findMatches } from '@/lib/server/tm/find-matches'
import { TmMatchesQuerySchema } from '@/lib/tm/schema'

export const dynamic = 'force-dynamic'

/** The best memory matches for a source sentence, best first (docs/api.md). */
export const GET = route({ allow: 'documents.read' }, async ({ request, db }) => {
  const query = TmMatchesQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const matches = await findMatches(db, {
    srcLang: query.srcLang,
    tgtLang: query.tgtLang,
    text: query.text,
    previousText: query.prev,
    nextText: query.next,
    segmentId: query.segment,
    limit: query.limit,
  })
  return json({ matches })
})
