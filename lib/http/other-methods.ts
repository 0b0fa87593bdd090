import { errorResponse } from './respond'

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>
/** The methods a route may implement; Next answers HEAD from GET itself. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** The `Allow` header of a route implementing `methods`: those, HEAD with GET, and OPTIONS. */
export function allowHeader(methods: Method[]): string {
  return [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].sort().join(', ')
}

/**
 * The handlers of the methods a route does not implement: `405 request.methodNotAllowed` in the API's error
 * shape (Next's own 405 has no body) with `Allow`, and OPTIONS answering `Allow` (Next's would list these
 * handlers too). No sign-in needed: a 405 tells no more than a 401 would. A route file ends with
 * `export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })`.
 */
export function otherMethods<I extends Partial<Record<Method, Handler>>>(
  implemented: I,
): Record<Exclude<Method, keyof I> | 'OPTIONS', Handler> {
  const allowed = METHODS.filter((method) => implemented[method])
  const allow = allowHeader(allowed)
  const refuse: Handler = async (request) => {
    const response = await errorResponse(request, 'request.methodNotAllowed', 405, {
      method: request.method,
      allow: allow.split(', '),
    })
    response.headers.set('allow', allow)
    return response
  }
  const options: Handler = async () => new Response(null, { status: 204, headers: { allow } })
  const handlers: Record<string, Handler> = { OPTIONS: options }
  for (const method of METHODS) if (!implemented[method]) handlers[method] = refuse
  return handlers as Record<Exclude<Method, keyof I> | 'OPTIONS', Handler>
}

/**
 * The handlers of `app/api/[...rest]`, the paths under /api no route serves: `404 request.notFound` in the
 * API's error shape for every method, where Next would answer its HTML page. Next matches every real route,
 * better-auth's catch-all included, before this one.
 */
export function unknownPath(): Record<Method | 'OPTIONS', Handler> {
  const notFound: Handler = (request) => errorResponse(request, 'request.notFound', 404)
  return { GET: notFound, POST: notFound, PUT: notFound, PATCH: notFound, DELETE: notFound, OPTIONS: notFound }
}
