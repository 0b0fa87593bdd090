import { getDb, type Db } from './client'

/**
 * The server's shared client; import this from routes and pages. It opens the database on first use,
 * not on import: `next dev` evaluates route modules in short-lived helper processes too, and a PGlite
 * folder opened by two processes is corrupted when one of them exits.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb()
    const value = Reflect.get(client, property, client) as unknown
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value
  },
  has: (_target, property) => Reflect.has(getDb(), property),
})
