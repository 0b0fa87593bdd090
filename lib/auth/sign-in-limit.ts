import { createHash, randomUUID } from 'node:crypto'
import type { DbOrTx } from '../db/client'

/** Sign-in attempts one account accepts per window, whatever address they come from. */
export const SIGN_IN_ATTEMPTS_PER_ACCOUNT = 10
export const SIGN_IN_WINDOW_MS = 15 * 60_000

/**
 * Counts a sign-in attempt for an email and says whether it may go on. better-auth limits attempts per
 * client address, but without a trusted proxy the address comes from X-Forwarded-For, which a client
 * can set: this limit per account cannot be dodged that way. One atomic upsert in better-auth's
 * RateLimit table (shared by every server); the email is stored hashed.
 */
const keyOf = (email: string) => `sign-in:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`

export async function allowSignInAttempt(db: DbOrTx, email: string, now = Date.now()): Promise<boolean> {
  const key = keyOf(email)
  const windowStart = BigInt(now - SIGN_IN_WINDOW_MS)
  const rows = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${BigInt(now)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING "count"`
  return Number(rows[0]?.count ?? 0) <= SIGN_IN_ATTEMPTS_PER_ACCOUNT
}

/**
 * Forgets an account's attempts after a successful sign-in: the limit is there against guessing, so a
 * person who signs in from a few tabs or devices is never locked out by their own successes.
 */
export async function forgetSignInAttempts(db: DbOrTx, email: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${keyOf(email)}`
}
