import { toNextJsHandler } from 'better-auth/next-js'
import { isCrossSite } from '@/lib/auth/actor'
import { ownOrigin } from '@/lib/auth/auth'
import { getAuth } from '@/lib/auth/server-auth'
import { allowSignInAttempt, forgetSignInAttempts } from '@/lib/auth/sign-in-limit'
import { db } from '@/lib/db/db'

export const dynamic = 'force-dynamic'

const MAX_AUTH_BODY = 16 * 1024
const refuse = (status: number, code: string) => Response.json({ code, message: code }, { status })

/**
 * better-auth's endpoints (sign-in, sign-up, sign-out, sessions, change password). Before them: no
 * request from another site (login CSRF), a bounded body, and a limit of sign-in attempts per account.
 */
export const GET = (request: Request) => toNextJsHandler(getAuth()).GET(request)

export async function POST(request: Request): Promise<Response> {
  if (isCrossSite(request, ownOrigin(request))) return refuse(403, 'CROSS_SITE')
  const body = await request.text()
  if (body.length > MAX_AUTH_BODY) return refuse(413, 'TOO_LARGE')
  const email = new URL(request.url).pathname.endsWith('/sign-in/email') ? readEmail(body) : null
  if (email && !(await allowSignInAttempt(db, email))) return refuse(429, 'TOO_MANY_REQUESTS')
  const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body })
  const response = await toNextJsHandler(getAuth()).POST(forwarded)
  // Only failed attempts count against the limit: a person signing in again is not locked out.
  if (email && response.ok) await forgetSignInAttempts(db, email)
  return response
}

function readEmail(body: string): string | null {
  try {
    const email = (JSON.parse(body) as { email?: unknown }).email
    return typeof email === 'string' ? email : null
  } catch {
    return null
  }
}
