import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { checkTextSpelling } from '@/lib/server/spelling/check-text-spelling'
import { SpellingCheckSchema } from '@/lib/spelling/schema'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const POST = route({ allow: 'documents.read', body: SpellingCheckSchema }, async ({ body, db }) =>
  json(await checkTextSpelling(db, body)),
)

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
