import { db } from '../db/db'
import { createAuth, type Auth } from './auth'

const cache = globalThis as unknown as { parallelAuth?: Auth }

/** The app's better-auth instance on the shared database, made on first use (reused across hot reloads). */
export function getAuth(): Auth {
  return (cache.parallelAuth ??= createAuth(db))
}
