import { createHash, randomBytes } from 'node:crypto'
import type { DbOrTx } from '../db/client'
import { NOW_UTC, sqlOf, utc } from '../db/sql'
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

/**
 * The person a live token belongs to, or null (unknown, revoked or malformed), in one SQL statement on
 * the driver: every request a script or the CLI makes reads it (docs/decisions/024-hot-paths-in-sql.md).
 * Notes when it was last used.
 */
export async function ownerOfToken(db: DbOrTx, token: string) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null
  const sql = sqlOf(db)
  const [row] = await sql<{
    tokenId: string
    revoked: boolean
    lastUsedAt: Date | null
    id: string
    name: string
    email: string
    role: string
    langs: string[]
  }>(
    `SELECT t.id AS "tokenId", t."revokedAt" IS NOT NULL AS revoked, ${utc('t."lastUsedAt"')} AS "lastUsedAt",
       u.id, u.name, u.email, u.role::text AS role, u.langs
     FROM "ApiToken" t JOIN "User" u ON u.id = t."userId" WHERE t."tokenHash" = $1`,
    [hashToken(token)],
  )
  if (!row || row.revoked) return null
  // At most one write a minute per token: reading with a token must not turn every GET into a write.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS)
    await sql(`UPDATE "ApiToken" SET "lastUsedAt" = ${NOW_UTC} WHERE id = $1`, [row.tokenId])
  return { id: row.id, name: row.name, email: row.email, role: row.role, langs: row.langs }
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
