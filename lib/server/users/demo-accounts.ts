import { chmodSync, writeFileSync } from 'node:fs'
import type { Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { countPasswordAccounts } from '@/lib/db/users'
import { createUser, randomPassword } from './create-user'

/** The people of the demo (development only): an admin, and a translator and a reviewer of Russian. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role; langs: string[] }> = [
  { email: 'admin@parallel.local', name: 'Ada Admin', role: 'admin', langs: [] },
  { email: 'translator.ru@parallel.local', name: 'Tanya Translator', role: 'translator', langs: ['ru'] },
  { email: 'reviewer.ru@parallel.local', name: 'Roman Reviewer', role: 'reviewer', langs: ['ru'] },
]

export type DemoAccount = { email: string; role: Role; password: string }

/**
 * On a database nobody can sign in to yet, makes the demo accounts with random passwords and writes
 * them to `file`, readable only by its owner. Returns the accounts made (none when people exist).
 */
export async function ensureDemoAccounts(db: Db, file: string): Promise<DemoAccount[]> {
  if ((await countPasswordAccounts(db)) > 0) return []
  const made: DemoAccount[] = []
  for (const account of DEMO_ACCOUNTS) {
    const password = randomPassword()
    await createUser(db, { ...account, password })
    made.push({ email: account.email, role: account.role, password })
  }
  const lines = made.map((a) => `${a.role}\t${a.email}\t${a.password}`)
  writeFileSync(file, `# Parallel demo accounts (role, email, password)\n${lines.join('\n')}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return made
}

/** The demo accounts file's lines as accounts (for tests and the e2e fixture). */
export function parseDemoAccounts(text: string): DemoAccount[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [role, email, password] = line.split('\t')
      return { role: role as Role, email: email!, password: password! }
    })
}
