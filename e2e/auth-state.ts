import { readFileSync } from 'node:fs'
import type { Role } from '../lib/auth/permissions'
import { parseDemoAccounts } from '../lib/server/users/demo-accounts'

/** Where the e2e server keeps the demo accounts it made (scripts/e2e-server.sh, PARALLEL_DATA_DIR). */
export const DEMO_ACCOUNTS_FILE = '.tmp/e2e-data/demo-accounts.txt'

/** The saved cookies of a demo account, signed in by e2e/auth.setup.ts. */
export const storageStateOf = (role: Role) => `.tmp/e2e-auth/${role}.json`

/** A demo account's email and password. */
export function demoAccount(role: Role) {
  const account = parseDemoAccounts(readFileSync(DEMO_ACCOUNTS_FILE, 'utf8')).find((a) => a.role === role)
  if (!account) throw new Error(`no ${role} in ${DEMO_ACCOUNTS_FILE}`)
  return account
}
