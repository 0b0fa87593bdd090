import { AppError } from '../errors'
import { readBody } from './read-body'

/**
 * Reads a request body of at most `maxBytes` into memory: a larger declared length is refused unread,
 * and a body that streams past the limit is cancelled (`request.tooLarge`, 413); a body that fails
 * mid-way throws `validation.invalid` (400).
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'))
  if (declared > maxBytes) throw new AppError('request.tooLarge', { maxBytes })
  const chunks: Uint8Array[] = []
  let total = 0
  const body = request.body
  if (body)
    await readBody(async () => {
      const reader = body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        total += value.byteLength
        if (total > maxBytes) {
          await reader.cancel()
          throw new AppError('request.tooLarge', { maxBytes })
        }
        chunks.push(value)
      }
    })
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}
