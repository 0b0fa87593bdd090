import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { countAdmins, deletePerson, getPerson, lockAdminChanges } from '@/lib/db/users'
import { AppError } from '@/lib/errors'

/**
 * Deletes a person (an admin's use case) with their sessions and tokens; what they wrote stays. Nobody
 * deletes themselves (409 `user.deleteSelf`), and the last admin stays (409 `user.lastAdmin`).
 */
export async function deleteUser(db: Db, actor: Pick<Actor, 'id'>, id: string): Promise<void> {
  if (id === actor.id) throw new AppError('user.deleteSelf')
  await db.$transaction(async (tx) => {
    await lockAdminChanges(tx)
    const person = await getPerson(tx, id)
    if (!person) throw new AppError('user.notFound')
    if (person.role === 'admin' && (await countAdmins(tx)) <= 1) throw new AppError('user.lastAdmin')
    if (!(await deletePerson(tx, id))) throw new AppError('user.notFound')
  })
}
