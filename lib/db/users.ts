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

/** The app's own author (see getSystemActor): not a person, so never listed, counted as an admin or deleted. */
export const SYSTEM_EMAIL = 'system@parallel.local'
const SYSTEM_USER = { email: SYSTEM_EMAIL, name: 'Parallel', role: 'admin' as const }

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

const PERSON_FIELDS = { ...ACTOR_FIELDS, createdAt: true } as const
export type Person = Omit<Actor, 'via'> & { createdAt: Date }

/** Everyone who can be given work (the app's own system author left out), by name. */
export async function listPeople(db: DbOrTx): Promise<Person[]> {
  const users = await db.user.findMany({
    where: { email: { not: SYSTEM_EMAIL } },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: PERSON_FIELDS,
  })
  return users.map((u) => ({ ...u, role: u.role as Role }))
}

/** One person (not the system author), or null. */
export async function getPerson(db: DbOrTx, id: string): Promise<Person | null> {
  const user = await db.user.findFirst({ where: { id, email: { not: SYSTEM_EMAIL } }, select: PERSON_FIELDS })
  return user ? { ...user, role: user.role as Role } : null
}

/** Changes a person's name, role or languages; null when there is no such person. */
export async function updatePerson(
  db: DbOrTx,
  id: string,
  patch: { name?: string; role?: Role; langs?: string[] },
): Promise<Person | null> {
  const { count } = await db.user.updateMany({ where: { id, email: { not: SYSTEM_EMAIL } }, data: patch })
  return count === 0 ? null : getPerson(db, id)
}

/** How many people are admins (the system author is not one anybody can sign in as). */
export function countAdmins(db: DbOrTx): Promise<number> {
  return db.user.count({ where: { role: 'admin', email: { not: SYSTEM_EMAIL } } })
}

/** Deletes a person with their sessions, password and tokens; what they wrote stays, without an author. */
export async function deletePerson(db: DbOrTx, id: string): Promise<boolean> {
  const { count } = await db.user.deleteMany({ where: { id, email: { not: SYSTEM_EMAIL } } })
  return count > 0
}

/**
 * Serializes changes that could leave no admin (two admins demoting each other at once) until the
 * transaction ends. Call first inside the transaction.
 */
export async function lockAdminChanges(tx: DbOrTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7272749)`
}
