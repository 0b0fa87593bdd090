import { createHash, randomUUID } from 'node:crypto'
import type { DbOrTx } from '../db/client'

/** Sign-in attempts one account accepts from one client address per window. */
export const SIGN_IN_ATTEMPTS_PER_ADDRESS = 10
/** Sign-in attempts one account accepts from all the addresses it was never signed in from, together, per window. */
export const SIGN_IN_ATTEMPTS_PER_ACCOUNT = 100
export const SIGN_IN_WINDOW_MS = 15 * 60_000
/** How long an address where the account signed in stays its own: guesses from elsewhere never lock it out there. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000

export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const hash = (text: string) => createHash('sha256').update(text).digest('hex')
const accountOf = (email: string) => hash(email.trim().toLowerCase())

/**
 * Counts a sign-in attempt for an email from a client address (lib/http/client-address.mjs) and says
 * whether it may go on. Per account and address, so that someone guessing one person's password from
 * their machine locks out only themselves; and per account from addresses it never signed in from,
 * against guessing from many machines, which still cannot lock the person out where they signed in
 * before. Atomic upserts in better-auth's RateLimit table (shared by every server); email and address
 * are stored hashed.
 */
export async function allowSignInAttempt(
  db: DbOrTx,
  email: string,
  address: string,
  now = Date.now(),
): Promise<SignInVerdict> {
  const account = accountOf(email)
  const here = `${account}:${hash(address)}`
  const fromHere = await countAttempt(db, `sign-in:${here}`, now)
  if (fromHere.count > SIGN_IN_ATTEMPTS_PER_ADDRESS) return refused(fromHere.since, now)
  const known = await db.$queryRaw<Array<{ found: number }>>`
    SELECT 1 AS "found" FROM "RateLimit" WHERE "key" = ${`sign-in-known:${here}`} AND "lastRequest" >= ${BigInt(now - KNOWN_ADDRESS_MS)}`
  if (known.length > 0) return { allowed: true }
  const fromAnywhere = await countAttempt(db, `sign-in:${account}`, now)
  return fromAnywhere.count > SIGN_IN_ATTEMPTS_PER_ACCOUNT ? refused(fromAnywhere.since, now) : { allowed: true }
}

/**
 * After a successful sign-in: forgets the attempts from that address (a person signing in from a few
 * tabs is never locked out by their own successes) and remembers the address as the account's own.
 */
export async function forgetSignInAttempts(
  db: DbOrTx,
  email: string,
  address: string,
  now = Date.now(),
): Promise<void> {
  const here = `${accountOf(email)}:${hash(address)}`
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${`sign-in:${here}`}`
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${`sign-in-known:${here}`}, 0, ${BigInt(now)})
    ON CONFLICT ("key") DO UPDATE SET "lastRequest" = EXCLUDED."lastRequest"`
}

/** Adds one attempt to a counter whose window starts at its first attempt; the count and that start. */
async function countAttempt(db: DbOrTx, key: string, now: number): Promise<{ count: number; since: number }> {
  const windowStart = BigInt(now - SIGN_IN_WINDOW_MS)
  const rows = await db.$queryRaw<Array<{ count: number; lastRequest: bigint }>>`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${BigInt(now)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING "count", "lastRequest"`
  const row = rows[0]
  return { count: Number(row?.count ?? 0), since: Number(row?.lastRequest ?? now) }
}

function refused(since: number, now: number): SignInVerdict {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((since + SIGN_IN_WINDOW_MS - now) / 1000)) }
}
