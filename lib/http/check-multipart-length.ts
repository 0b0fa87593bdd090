import { AppError } from '../errors'

/** Room for the multipart boundaries, the JSON keys and the other fields around the text or file. */
export const FORM_OVERHEAD_BYTES = 64 * 1024

/**
 * A multipart form is buffered whole before it can be read, so its size must be known first:
 * refuses a body without a Content-Length (`import.lengthRequired`, e.g. chunked) or a larger
 * one than `maxBytes` allows (`import.tooLarge`).
 */
export function checkMultipartLength(request: Request, maxBytes: number): void {
  const header = request.headers.get('content-length')
  const length = header === null || header.trim() === '' ? NaN : Number(header)
  if (!Number.isSafeInteger(length) || length < 0) throw new AppError('import.lengthRequired')
  if (length > maxBytes + FORM_OVERHEAD_BYTES) throw new AppError('import.tooLarge', { maxBytes })
}
