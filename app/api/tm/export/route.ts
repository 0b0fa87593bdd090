import { contentDisposition } from '@/lib/exchange/export-request'
import { route } from '@/lib/http/route'
import { streamText } from '@/lib/http/stream-text'
import { exportMemory } from '@/lib/server/tm/export-memory'
import { TmExportQuerySchema } from '@/lib/tm/schema'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** The memory of a pair as TMX, streamed: all of it, or one origin's units, or those changed since a time. */
export const GET = route({ allow: 'documents.read' }, async ({ request, db }) => {
  const query = TmExportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  return new Response(streamText(exportMemory(db, { ...query, now: new Date() })), {
    status: 200,
    headers: {
      'content-type': 'application/x-tmx+xml; charset=utf-8',
      'content-disposition': contentDisposition(`memory-${query.srcLang}-${query.tgtLang}.tmx`),
      'cache-control': 'no-store',
    },
  })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
