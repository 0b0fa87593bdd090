import type { Db } from '@/lib/db/client'
import { getPerson, type Person } from '@/lib/db/users'
import { createUser, randomPassword, type NewUser } from './create-user'

/**
 * Adds a person (the Users page, the API, the CLI). Without a chosen password one is generated and
 * returned, once, for the admin to hand over; a chosen one is never echoed.
 */
export async function addUser(
  db: Db,
  input: Omit<NewUser, 'password'> & { password?: string },
): Promise<{ user: Person; password: string | null }> {
  const generated = input.password ? null : randomPassword()
  const { id } = await createUser(db, { ...input, password: input.password || generated! })
  return { user: (await getPerson(db, id))!, password: generated }
}
