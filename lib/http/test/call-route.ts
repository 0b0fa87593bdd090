import type { Db } from '../../db/client'

const cache = globalThis as unknown as { parallelDb?: Db }

/**
 * Points the app's shared client (`lib/db/db.ts`) at a test database, so the app's own route handlers
 * can be called directly. Call it before each call when a file runs against several back-ends.
 */
export function useDbForRoutes(db: Db): void {
  cache.parallelDb = db
}

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>

/** Calls a route handler as the owner of `token` (a personal API token), as Next would. */
export function callRoute(
  handler: Handler,
  {
    params = {},
    token,
    method = 'GET',
    query,
    body,
  }: {
    params?: Record<string, string>
    token?: string
    method?: string
    query?: Record<string, string>
    body?: unknown
  },
): Promise<Response> {
  const url = new URL('http://localhost/api/test')
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value)
  const headers: Record<string, string> = { 'accept-language': 'en' }
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const init: RequestInit = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }
  return handler(new Request(url, init), { params: Promise.resolve(params) })
}
