/** An error the API returned: a stable code, the parameters its message needs, and the HTTP status when there was an answer. */
export type ApiError = { code: string; params: Record<string, unknown>; status?: number }

/** A plain object (not null, not an array): the shape check every response reader starts from. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** An error object `{ code, message, ...params }` as an ApiError; the server's message is dropped, the UI words its own. */
export function toApiError(value: unknown, status?: number): ApiError {
  const { code, message: _message, ...params } = isRecord(value) ? value : {}
  return { code: typeof code === 'string' ? code : 'generic', params, ...(status === undefined ? {} : { status }) }
}

/** Reads `{ error: { code, ... } }` from a failed response; no response (a network failure) gives `network`. */
export async function readApiError(response: Response | null): Promise<ApiError> {
  if (!response) return { code: 'network', params: {} }
  const body: unknown = await response.json().catch(() => null)
  return toApiError(isRecord(body) ? body.error : undefined, response.status)
}
