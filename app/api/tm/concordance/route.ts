import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { searchConcordance } from '@/lib/server/tm/search-concordance'
import { TmConcordanceQuerySchema } from '@/lib/tm/schema'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** Finds a word or phrase in the memory of a pair, with the spans to highlight (docs/api.md). */
export const GET = route({ allow: 'documents.read' }, async ({ request, db }) => {
  const { q, ...query } = TmConcordanceQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  return json({ hits: await searchConcordance(db, { ...query, query: q }) })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
