import type { Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { countAdmins, getPerson, lockAdminChanges, updatePerson, type Person } from '@/lib/db/users'
import { AppError } from '@/lib/errors'
import { normalizeLangs } from './create-user'

export type PersonPatch = { name?: string; role?: Role; langs?: string[] }

/**
 * Changes a person's name, role or languages (an admin's use case). Refuses 409 `user.lastAdmin` when
 * the change would leave nobody able to manage users.
 */
export async function updateUser(db: Db, id: string, patch: PersonPatch): Promise<Person> {
  const data: PersonPatch = {}
  if (patch.name !== undefined) data.name = patch.name.trim()
  if (patch.role !== undefined) data.role = patch.role
  if (patch.langs !== undefined) data.langs = normalizeLangs(patch.langs)
  return db.$transaction(async (tx) => {
    await lockAdminChanges(tx)
    const before = await getPerson(tx, id)
    if (!before) throw new AppError('user.notFound')
    if (before.role === 'admin' && data.role !== undefined && data.role !== 'admin' && (await countAdmins(tx)) <= 1)
      throw new AppError('user.lastAdmin')
    const after = await updatePerson(tx, id, data)
    if (!after) throw new AppError('user.notFound')
    return after
  })
}
