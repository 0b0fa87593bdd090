import { toNextJsHandler } from 'better-auth/next-js'
import { getAuth } from '@/lib/auth/server-auth'

export const dynamic = 'force-dynamic'

// better-auth's own endpoints (sign-in, sign-up, sign-out, sessions, change password); it checks Origin itself.
const handlers = (request: Request) => toNextJsHandler(getAuth())[request.method === 'GET' ? 'GET' : 'POST'](request)
export const GET = handlers
export const POST = handlers
