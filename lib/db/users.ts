import type { DbOrTx } from './client'

export type ActingUser = { id: string; name: string; role: 'admin' | 'translator' | 'reviewer' }

const DEFAULT_USER = { email: 'editor@parallel.local', name: 'Demo editor', role: 'admin' as const }

/** The user every write acts as until sign-in arrives: the demo editor, created on first use. */
export async function getActingUser(db: DbOrTx): Promise<ActingUser> {
  const select = { id: true, name: true, role: true } as const
  const found = await db.user.findUnique({ where: { email: DEFAULT_USER.email }, select })
  return found ?? db.user.upsert({ where: { email: DEFAULT_USER.email }, create: DEFAULT_USER, update: {}, select })
}
