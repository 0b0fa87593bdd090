import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { findMatches } from '@/lib/server/tm/find-matches'
import { TmMatchesBodySchema, TmMatchesQuerySchema, type TmMatchesQuery } from '@/lib/tm/schema'
import type { Db } from '@/lib/db/client'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

async function answer(db: Db, query: TmMatchesQuery): Promise<Response> {
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
}

/** The best memory matches for a source sentence, best first (docs/api.md); short queries only, as a URL is bounded. */
export const GET = route({ allow: 'documents.read' }, async ({ request, db }) =>
  answer(db, TmMatchesQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))),
)

/** The same lookup with the query as a JSON body: a read, for sources and neighbours of any allowed length. */
export const POST = route({ allow: 'documents.read', body: TmMatchesBodySchema }, async ({ db, body }) =>
  answer(db, body),
)

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
