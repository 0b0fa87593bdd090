import { createHash, randomBytes } from 'node:crypto'
import type { DbOrTx } from '../db/client'
import { AppError } from '../errors'

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'prl_'
const LAST_USED_PRECISION_MS = 60_000

/**
 * A personal API token is 32 random bytes; only its SHA-256 is stored. A token has as much entropy as
 * a key, so a fast hash is the right one (a password hash would only slow every request), and a
 * database leak gives no usable token.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export type TokenInfo = { id: string; label: string; prefix: string; createdAt: Date; lastUsedAt: Date | null }

/** Makes a token for a user; the plain token is returned once and never stored. */
export async function createApiToken(
  db: DbOrTx,
  userId: string,
  label: string,
): Promise<{ token: string; info: TokenInfo }> {
  const cleanLabel = label.trim().slice(0, 100) || 'API token'
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url')
  const row = await db.apiToken.create({
    data: { userId, label: cleanLabel, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) },
    select: { id: true, label: true, prefix: true, createdAt: true, lastUsedAt: true },
  })
  return { token, info: row }
}

/** The person a live token belongs to, or null (unknown, revoked or malformed), in one query. Notes when it was last used. */
export async function ownerOfToken(db: DbOrTx, token: string) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, langs: true } },
    },
  })
  if (!row || row.revokedAt) return null
  const now = Date.now()
  // At most one write a minute per token: reading with a token must not turn every GET into a write.
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } })
  return row.user
}

/** The id of the person a live token belongs to, or null. */
export async function userIdOfToken(db: DbOrTx, token: string): Promise<string | null> {
  return (await ownerOfToken(db, token))?.id ?? null
}

/** The owner's live tokens, newest first. */
export function listApiTokens(db: DbOrTx, userId: string): Promise<TokenInfo[]> {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, label: true, prefix: true, createdAt: true, lastUsedAt: true },
  })
}

/** Revokes one of the owner's tokens; someone else's token is "not found", never revoked. */
export async function revokeApiToken(db: DbOrTx, userId: string, tokenId: string): Promise<void> {
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  })
  if (count === 0) throw new AppError('token.notFound')
}
