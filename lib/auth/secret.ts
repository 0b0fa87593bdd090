import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The key better-auth signs cookies with: `BETTER_AUTH_SECRET` when set (several servers must share one),
 * else a random key kept in the data folder, readable only by its owner, made on first use.
 */
export function readAuthSecret(env: { BETTER_AUTH_SECRET?: string }, dataRoot: string): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET
  const file = path.join(dataRoot, 'auth-secret')
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    mkdirSync(dataRoot, { recursive: true })
    try {
      // 'wx': two processes starting at once must not overwrite each other's key.
      writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error
    }
    chmodSync(file, 0o600)
    return readFileSync(file, 'utf8').trim()
  }
}
