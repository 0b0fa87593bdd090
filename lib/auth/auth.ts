import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { APIError } from 'better-auth/api'
import type { Db } from '../db/client'
import { databaseUnavailableReason } from '../db/db-unavailable'
import { countPasswordAccounts } from '../db/users'
import { dataRoot, readEnv, type Env } from '../env'
import { CLIENT_ADDRESS_HEADER } from '../http/client-address.mjs'
import { log } from '../log'
import { readAuthSecret } from './secret'
import { withSessionReadsInSql } from './session-reads'

export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 256
/**
 * Sign-in attempts per client address and minute, all accounts together; better-auth refuses more with
 * 429. Wide enough for an office behind one address: guessing one person's password is held by the
 * limit per account and address (10 per 15 minutes, lib/auth/sign-in-limit.ts), which is hit first.
 */
export const SIGN_IN_PER_MINUTE = 60
/** Sign-ups and password changes per client address and minute. */
export const ACCOUNT_CHANGES_PER_MINUTE = 10

/** The origin a request was sent to (its Host), which is the app's own origin for a browser on the app's page. */
export function ownOrigin(request: Request): string {
  const url = new URL(request.url)
  const host = request.headers.get('host') ?? url.host
  return `${url.protocol}//${host}`
}

/**
 * better-auth, on our Prisma schema (User, Session, Account, Verification, RateLimit): email + password,
 * sessions in the database behind an httpOnly SameSite=Lax cookie, rate-limited sign-in. The first
 * sign-up on an empty database becomes admin; after that, accounts come from an admin or the CLI
 * (`lib/server/users/create-user.ts`), and sign-up is refused.
 */
/**
 * Whether the session cookie is `Secure` (and named `__Secure-…`): when the app's public address is
 * https. better-auth's own default, in production, makes it Secure always, and a browser then drops it
 * on plain http at any address but localhost (`http://192.168.1.5:3000`): signing in silently failed.
 */
export function usesSecureCookies(env: Pick<Env, 'PARALLEL_BASE_URL'>): boolean {
  return env.PARALLEL_BASE_URL?.startsWith('https://') ?? false
}

export function createAuth(db: Db, env: Env = readEnv()) {
  return betterAuth({
    appName: 'Parallel',
    secret: readAuthSecret(env, dataRoot(env)),
    baseURL: env.PARALLEL_BASE_URL ?? { allowedHosts: ['*'], protocol: 'auto', fallback: 'http://localhost:3000' },
    basePath: '/api/auth',
    // The session read of every signed-in request is one SQL statement (lib/auth/session-reads.ts).
    database: prismaAdapter(withSessionReadsInSql(db), { provider: 'postgresql' }),
    telemetry: { enabled: false },
    // Its messages go to the app's JSON log. A database that cannot be reached is the route's to report
    // (503 server.unavailable, lib/http/respond.ts), not an internal error of better-auth's.
    logger: {
      log: (level, message, ...args: unknown[]) => {
        const err = args.find((arg): arg is Error => arg instanceof Error)
        if (err && databaseUnavailableReason(err)) return
        log()[level]({ err }, `better-auth: ${message}`)
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, defaultValue: 'translator' },
        langs: { type: 'string[]', input: false, defaultValue: [] },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: SIGN_IN_PER_MINUTE },
        '/sign-up/email': { window: 60, max: ACCOUNT_CHANGES_PER_MINUTE },
        '/change-password': { window: 60, max: ACCOUNT_CHANGES_PER_MINUTE },
      },
    },
    // State-changing auth requests must come from the page the app served (better-auth checks Origin).
    trustedOrigins: (request) => (request ? [ownOrigin(request)] : []),
    advanced: {
      useSecureCookies: usesSecureCookies(env),
      // Set by the server launcher from the socket (or a trusted proxy), over anything the client sent:
      // a made-up X-Forwarded-For no longer dodges the limit per address (lib/http/client-address.mjs).
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // A session and its person in one query: every API request reads them (docs/decisions/024-hot-paths-in-sql.md).
      database: { joins: true },
    },
    databaseHooks: {
      user: {
        create: {
          // Only the first sign-up is open, and it makes the admin.
          before: async (user) => {
            if ((await countPasswordAccounts(db)) > 0)
              throw new APIError('FORBIDDEN', { code: 'SIGN_UP_CLOSED', message: 'Sign-up is closed' })
            return { data: { ...user, role: 'admin', langs: [] } }
          },
        },
      },
    },
  })
}

export type Auth = ReturnType<typeof createAuth>
