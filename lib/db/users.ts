import type { DbOrTx } from './client'
import type { Actor, Role } from '../auth/permissions'

const ACTOR_FIELDS = { id: true, name: true, email: true, role: true, langs: true } as const

/** How many people can sign in with a password (0 on a new database: the first sign-up is open). */
export function countPasswordAccounts(db: DbOrTx): Promise<number> {
  return db.account.count({ where: { providerId: 'credential' } })
}

/** A user as an actor, or null. */
export async function getActorById(db: DbOrTx, id: string, via: Actor['via']): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id }, select: ACTOR_FIELDS })
  return user ? { ...user, role: user.role as Role, via } : null
}

/** Everyone who can sign in or hold work, by name (the app's own author, `getSystemActor`, is not a person). */
export async function listUsers(db: DbOrTx): Promise<Array<Omit<Actor, 'via'>>> {
  const users = await db.user.findMany({
    where: { email: { not: SYSTEM_USER.email } },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: ACTOR_FIELDS,
  })
  return users.map((user) => ({ ...user, role: user.role as Role }))
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: ACTOR_FIELDS })
}

const SYSTEM_USER = { email: 'system@parallel.local', name: 'Parallel', role: 'admin' as const }

/**
 * The author of what the app itself writes (the sample article's translations): a user nobody can
 * sign in as, since it has no password account.
 */
export async function getSystemActor(db: DbOrTx): Promise<Actor> {
  const user = await db.user.upsert({
    where: { email: SYSTEM_USER.email },
    create: SYSTEM_USER,
    update: {},
    select: ACTOR_FIELDS,
  })
  return { ...user, role: user.role as Role, via: 'token' }
}
