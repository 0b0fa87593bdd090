import type { DbOrTx } from '@/lib/db/client'
import { countPasswordAccounts } from '@/lib/db/users'

/**
 * True while nobody can sign in yet: the first sign-up is open then (it makes the admin), and the
 * sign-in page links to it. better-auth's sign-up hook (lib/auth/auth.ts) enforces the same rule.
 */
export async function isFirstRun(db: DbOrTx): Promise<boolean> {
  return (await countPasswordAccounts(db)) === 0
}
