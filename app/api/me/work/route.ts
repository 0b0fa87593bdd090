import { authorize } from '@/lib/auth/permissions'
import { WorkQuerySchema, queryOf } from '@/lib/http/people-schemas'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { getWork } from '@/lib/server/people/get-work'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** What is assigned to the signed-in person; `?scope=all`: everyone's (admins). */
export const GET = route({ allow: 'signedIn' }, async ({ request, db, actor }) => {
  const { scope } = WorkQuerySchema.parse(queryOf(request))
  if (scope === 'all') authorize(actor, 'users.manage')
  return json({ work: await getWork(db, { userId: scope === 'all' ? undefined : actor.id }) })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
