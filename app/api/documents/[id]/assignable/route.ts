import { AssignableQuerySchema, queryOf } from '@/lib/http/people-schemas'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { listAssignableUsers } from '@/lib/server/people/list-assignable-users'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** Who may be assigned to translate or review a language (admins, who make assignments). */
export const GET = route({ allow: 'users.manage', params: DocumentParams }, async ({ request, db }) => {
  const { lang } = AssignableQuerySchema.parse(queryOf(request))
  return json({ lang, ...(await listAssignableUsers(db, lang)) })
})

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
