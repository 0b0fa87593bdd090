import { getDb, type Db } from './client'
import { boundProperty } from './client-proxy'
import { CLIENT } from './raw-sql'

/**
 * The server's shared client; import this from routes and pages. It opens the database on first use,
 * not on import: `next dev` evaluates route modules in short-lived helper processes too, and a PGlite
 * folder opened by two processes is corrupted when one of them exits.
 */
export const db: Db = lazyClient(getDb)

/**
 * A client that is `get()` once used: every property is the real client's, and `CLIENT` is the real
 * client itself, so what is kept per client (its driver-level runner, lib/db/raw-sql.ts) is found
 * through the proxy too.
 */
export function lazyClient(get: () => Db): Db {
  return new Proxy({} as Db, {
    get(_target, property) {
      const client = get()
      return property === CLIENT ? client : boundProperty(client, property)
    },
    has: (_target, property) => Reflect.has(get(), property),
  })
}
