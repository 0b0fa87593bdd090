import { toNextJsHandler } from 'better-auth/next-js'
import { isCrossSite } from '../auth/actor'
import { ownOrigin } from '../auth/auth'
import { getAuth } from '../auth/server-auth'
import { allowSignInAttempt, forgetSignInAttempts } from '../auth/sign-in-limit'
import { db } from '../db/db'
import { CLIENT_ADDRESS_HEADER } from './client-address.mjs'
import { authErrorKey } from '../auth/auth-error-key'
import { AppError, isAppError } from '../errors'
import { readBoundedBody } from './read-bounded-body'
import { json, localizeError, requestT } from './respond'

const MAX_AUTH_BODY = 16 * 1024

/**
 * better-auth's endpoints (sign-in, sign-up, sign-out, sessions, change password). Before them: no
 * request from another site (login CSRF), a bounded body, and a limit of sign-in attempts per account
 * and address (lib/auth/sign-in-limit.ts). Every 429, that limit's or better-auth's per address, answers
 * in the caller's language with Retry-After; every other refusal of better-auth too (`localizeRefusal`).
 */
export async function authGet(request: Request): Promise<Response> {
  return localizeRefusal(request, await toNextJsHandler(getAuth()).GET(request))
}

export async function authPost(request: Request): Promise<Response> {
  if (isCrossSite(request, ownOrigin(request))) return refuse(request, new AppError('auth.crossSite'))
  let body: string
  try {
    // Bounded while it streams in: a huge body is cancelled, never held whole.
    body = new TextDecoder().decode(await readBoundedBody(request, MAX_AUTH_BODY))
  } catch (error) {
    if (isAppError(error)) return refuse(request, error)
    throw error
  }
  const email = new URL(request.url).pathname.endsWith('/sign-in/email') ? readEmail(body) : null
  const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
  if (email) {
    const verdict = await allowSignInAttempt(db, email, address)
    if (!verdict.allowed) return tooMany(request, verdict.retryAfterSeconds)
  }
  const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body })
  const response = await toNextJsHandler(getAuth()).POST(forwarded)
  // Only failed attempts count against the limit: a person signing in again is not locked out.
  if (email && response.ok) await forgetSignInAttempts(db, email, address)
  return localizeRefusal(request, response)
}

/**
 * A refusal both clients read (better-auth's the top-level `code` and `message`, the app's `error`), in the
 * caller's language.
 */
async function refuse(request: Request, error: AppError): Promise<Response> {
  const localized = await localizeError(request, error.code, error.details)
  return json({ code: error.code, message: localized.message, error: localized }, error.status)
}

/**
 * A 429 body the sign-in form and API clients both read: better-auth's client takes the top-level
 * `code`, the app's clients `error.code` and `error.message`, in the caller's language.
 */
async function tooMany(request: Request, retryAfterSeconds: number): Promise<Response> {
  const t = await requestT(request)
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  const message = t('errors.auth.tooManyAttempts', { count: minutes })
  return Response.json(
    { code: 'TOO_MANY_REQUESTS', message, error: { code: 'auth.tooManyAttempts', message, retryAfterSeconds } },
    { status: 429, headers: { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' } },
  )
}

/**
 * better-auth's refusal `{ code, message }` (English) in the caller's language: the top-level `code` kept for
 * its client, `message` translated, and `error: { code, message }` for the app's clients, `code` being
 * `auth.` and the key the sign-in page shows (lib/auth/auth-error-key.ts). Its headers are kept.
 */
async function localizeRefusal(request: Request, response: Response): Promise<Response> {
  if (response.ok) return response
  if (response.status === 429) {
    const seconds = Number(response.headers.get('x-retry-after') ?? response.headers.get('retry-after'))
    return tooMany(request, Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60)
  }
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return response
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return response
  const { code } = body as { code?: unknown }
  const key = authErrorKey({ status: response.status, code: typeof code === 'string' ? code : undefined })
  const message = (await requestT(request))(key)
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.set('cache-control', 'no-store')
  const localized = { ...body, message, error: { code: key.replace('.errors.', '.'), message } }
  return new Response(JSON.stringify(localized), { status: response.status, headers })
}

function readEmail(body: string): string | null {
  try {
    const email = (JSON.parse(body) as { email?: unknown }).email
    return typeof email === 'string' ? email : null
  } catch {
    return null
  }
}
