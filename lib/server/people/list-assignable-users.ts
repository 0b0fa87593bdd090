import type { AssignmentRole } from '@/lib/db/assignments'
import type { DbOrTx } from '@/lib/db/client'
import { listUsers } from '@/lib/db/users'
import { mayBeAssigned } from './set-assignment'

export type AssignableUsers = Record<AssignmentRole, Array<{ id: string; name: string; email: string }>>

/** The people who may translate and who may review a language, for an admin's choice. */
export async function listAssignableUsers(db: DbOrTx, lang: string): Promise<AssignableUsers> {
  const users = await listUsers(db)
  const pick = (role: AssignmentRole) =>
    users.filter((u) => mayBeAssigned(u, role, lang)).map(({ id, name, email }) => ({ id, name, email }))
  return { translator: pick('translator'), reviewer: pick('reviewer') }
}
