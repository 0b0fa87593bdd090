import { ZodError } from 'zod'
import { databaseUnavailableReason } from '../db/db-unavailable'
import { AppError, isAppError, isErrorCode, type ErrorCode } from '../errors'
import { pickLocale, type UiLocale } from '../i18n/config'
import { issueMessage } from '../i18n/issue-message'
import { messageParams } from '../i18n/message-params'
import { getT } from '../i18n/server'
import { requestLog } from '../log'
import { translateProblems } from './translate-problems'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** A JSON response with an explicit status. */
export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'cache-control': 'no-store' } })
}

/** The caller's UI language, from Accept-Language. */
export function requestLocale(request: Request): UiLocale {
  return pickLocale(request.headers.get('accept-language'))
}

/** A translate function for the caller's language. */
export async function requestT(request: Request): Promise<Translate> {
  return (await getT(requestLocale(request))) as unknown as Translate
}

/**
 * An error `{ code, message, ...details }` in the caller's language: the message, and each of `details.problems`
 * (a file's problems, their English kept as `detail`).
 */
export async function localizeError(
  request: Request,
  code: string,
  details: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const t = await requestT(request)
  const locale = requestLocale(request)
  const message = t(`errors.${code}`, messageParams(details, locale))
  const { problems } = details
  return {
    code,
    message,
    ...details,
    ...(Array.isArray(problems) ? { problems: translateProblems(t, locale, problems) } : {}),
  }
}

/** An error body `{ error: { code, message, ...details } }`, every message in the caller's language. */
export async function errorResponse(
  request: Request,
  code: ErrorCode,
  status: number,
  details: Record<string, unknown> = {},
): Promise<Response> {
  return json({ error: await localizeError(request, code, details) }, status)
}

/** A validation failure: one issue carrying an error code (`language.invalid`) becomes that error; else 400 with localized issues. */
async function validationResponse(request: Request, error: ZodError): Promise<Response> {
  const [only] = error.issues
  if (error.issues.length === 1 && only && isErrorCode(only.message)) {
    const params = 'params' in only && only.params ? (only.params as Record<string, unknown>) : {}
    const code = only.message
    return errorResponse(request, code, new AppError(code).status, { ...params, path: only.path.join('.') })
  }
  const t = await requestT(request)
  return errorResponse(request, 'validation.invalid', 400, {
    issues: error.issues.map((issue) => ({
      path: issue.path.join('.'),
      code: issue.code,
      message: issueMessage(t, issue),
    })),
  })
}

/**
 * The response for anything a handler or a streamed task throws: AppErrors at their status,
 * validation errors as 400 with localized issues, an unreachable database as 503
 * `server.unavailable`, and bugs (logged with the request's id) as 500 `server.internal`, every message in
 * the caller's language.
 */
export async function errorToResponse(request: Request, error: unknown): Promise<Response> {
  if (isAppError(error)) return errorResponse(request, error.code, error.status, error.details)
  if (error instanceof ZodError) return validationResponse(request, error)
  if (error instanceof SyntaxError) return errorResponse(request, 'validation.invalid', 400)
  const reason = databaseUnavailableReason(error)
  if (reason) return errorResponse(request, 'server.unavailable', 503, { reason })
  requestLog(request).error({ err: error }, 'request failed')
  return errorResponse(request, 'server.internal', 500)
}

/** Runs a handler and answers what it throws through `errorToResponse`. */
export async function handle(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    return errorToResponse(request, error)
  }
}
