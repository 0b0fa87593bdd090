/** An error the API returned: a stable code plus the parameters its message needs. */
export type ApiError = { code: string; params: Record<string, unknown> }

/** Reads `{ error: { code, ... } }` from a failed response; network failures get `network`. */
export async function readApiError(response: Response | null): Promise<ApiError> {
  if (!response) return { code: 'network', params: {} }
  try {
    const body = (await response.json()) as { error?: { code?: string } & Record<string, unknown> }
    const { code, message: _message, ...params } = body.error ?? {}
    return { code: code ?? 'generic', params }
  } catch {
    return { code: 'generic', params: {} }
  }
}
