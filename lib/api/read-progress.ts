import type { ApiError } from './api-error'

type Line = { progress?: number; result?: unknown; error?: { code?: string } & Record<string, unknown> }

/** Reads a `application/x-ndjson` progress stream: calls `onProgress` per line, resolves with the result or an error. */
export async function readProgress<T>(
  response: Response,
  onProgress: (fraction: number) => void,
): Promise<{ result: T } | { error: ApiError }> {
  const reader = response.body?.getReader()
  if (!reader) return { error: { code: 'generic', params: {} } }
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { done, value } = await reader.read()
    buffer += decoder.decode(value, { stream: !done })
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const text of lines.filter(Boolean)) {
      const line = JSON.parse(text) as Line
      if (typeof line.progress === 'number') onProgress(line.progress)
      if (line.result !== undefined) return { result: line.result as T }
      if (line.error) {
        const { code, message: _message, ...params } = line.error
        return { error: { code: code ?? 'generic', params } }
      }
    }
    if (done) return { error: { code: 'network', params: {} } }
  }
}
