import { AppError } from '../errors'

/** Upload size limit for article imports (bytes); documented in README. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

/** Decodes an uploaded text file: UTF-8 (BOM optional) or UTF-16 with a BOM; refuses binary and unknown encodings. */
export function decodeUpload(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): string {
  if (bytes.byteLength > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
  if (bytes.byteLength === 0) throw new AppError('import.empty')
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le', bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be', bytes.subarray(2))
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    if (looksBinary(bytes)) throw new AppError('import.binary')
    text = decode('utf-8', bytes.subarray(start))
  }
  if (text.trim() === '') throw new AppError('import.empty')
  return text
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('import.encoding')
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 9 || (byte > 13 && byte < 32)) control++
  }
  return control / sample.length > 0.1
}
