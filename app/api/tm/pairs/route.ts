import { listTmPairs } from '@/lib/db/tm-units'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** The language pairs that have a memory, with their sizes. */
export const GET = route({ allow: 'documents.read' }, async ({ db }) => json({ pairs: await listTmPairs(db) }))

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
