import { isRecord, toApiError, type ApiError } from './api-error'

const isNumber = (value: unknown): value is number => typeof value === 'number'

/**
 * Reads an `application/x-ndjson` progress stream: calls `onProgress` per line, resolves with the result
 * (checked by `accept`, which returns null for a shape it does not know) or an error. A stream that ends
 * without either is a `network` error.
 */
export async function readProgress<T>(
  response: Response,
  onProgress: (fraction: number) => void,
  accept: (value: unknown) => T | null,
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
      const line: unknown = JSON.parse(text)
      if (!isRecord(line)) continue
      if (typeof line.progress === 'number') onProgress(line.progress)
      if (line.result !== undefined) {
        const result = accept(line.result)
        return result === null ? { error: { code: 'generic', params: {} } } : { result }
      }
      if (line.error) return { error: toApiError(line.error, isNumber(line.status) ? line.status : undefined) }
    }
    if (done) return { error: { code: 'network', params: {} } }
  }
}
