import { ZodError } from 'zod'
import { isAppError, type ErrorCode } from '../errors'
import { pickLocale } from '../i18n/config'
import { getT } from '../i18n/server'

/** A JSON response with an explicit status. */
export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'cache-control': 'no-store' } })
}

/** An error body `{ error: { code, message, ...details } }`, message in the caller's language. */
export async function errorResponse(
  request: Request,
  code: ErrorCode,
  status: number,
  details: Record<string, unknown> = {},
): Promise<Response> {
  const t = await getT(pickLocale(request.headers.get('accept-language')))
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string
  const message = translate(`errors.${code}`, details)
  return json({ error: { code, message, ...details } }, status)
}

/** Runs a handler; AppErrors and validation errors become error responses, bugs a 500 with a stable code. */
export async function handle(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    if (isAppError(error)) return errorResponse(request, error.code, error.status, error.details)
    if (error instanceof ZodError)
      return errorResponse(request, 'validation.invalid', 400, {
        issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      })
    if (error instanceof SyntaxError) return errorResponse(request, 'validation.invalid', 400)
    console.error(error)
    return json({ error: { code: 'server.internal', message: 'Internal server error' } }, 500)
  }
}
