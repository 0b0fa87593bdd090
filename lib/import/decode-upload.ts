import { AppError } from '../errors'

/** Upload size limit for article imports (bytes); documented in README. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

/**
 * Decodes an uploaded text file: UTF-8 (BOM optional) or UTF-16 (BOM optional: without one, the byte
 * order is told by its NUL bytes); refuses binary and unknown encodings.
 */
export function decodeUpload(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): string {
  if (bytes.byteLength > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
  if (bytes.byteLength === 0) throw new AppError('import.empty')
  let text: string
  // UTF-32's byte order marks begin as UTF-16's (FF FE 00 00), so they are told apart first.
  if (isUtf32Bom(bytes)) throw new AppError('import.encoding')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = withoutNul(decode('utf-16le', bytes.subarray(2)))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = withoutNul(decode('utf-16be', bytes.subarray(2)))
  else if (bytes.includes(0)) {
    // UTF-8 text has no NUL byte; UTF-16 text saved without a BOM has many.
    const wide = decodeBomlessUtf16(bytes)
    if (wide === null) throw new AppError('import.binary')
    text = wide
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    if (looksBinary(bytes)) throw new AppError('import.binary')
    text = decode('utf-8', bytes.subarray(start))
  }
  if (text.trim() === '') throw new AppError('import.empty')
  return text
}

function isUtf32Bom(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes
  return (a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)
}

/** UTF-16 text holds no NUL character (two zero bytes), which the database cannot store either: a binary's. */
function withoutNul(text: string): string {
  if (text.includes('\u0000')) throw new AppError('import.binary')
  return text
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('import.encoding')
  }
}

const SAMPLE_BYTES = 8192
// A character text does not hold: C0 controls but tab, line ends and form feed; DEL and C1; noncharacters.
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/

/**
 * UTF-16 text without a BOM, or null when the bytes are not that. Every ASCII character (space, digit,
 * punctuation, line end) has a zero high byte, so text has NULs at odd offsets (little-endian) or even
 * ones (big-endian), and few at the other; it must then decode strictly (no lone surrogate) to
 * characters text holds. Binaries fail one of these: NULs at both offsets, a NUL character (two zero
 * bytes), control characters, broken surrogates, or an odd length; ASCII text with stray NULs fails too.
 */
function decodeBomlessUtf16(bytes: Uint8Array): string | null {
  if (bytes.byteLength % 2 !== 0) return null
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  let even = 0
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) even++
    else odd++
  }
  const zeros = Math.max(even, odd)
  if (zeros < sample.length / 2 / 20 || Math.min(even, odd) * 2 > zeros) return null
  // ASCII text with a stray NUL or two (`Nul \0 here.` read as UTF-16 is `乵氠 桥牥`): in UTF-16 every
  // character whose bytes are all ASCII (its high byte zero) brings a zero, one every two bytes.
  if (zeros * 2 < sample.length && sample.every((byte) => byte === 0 || isAsciiText(byte))) return null
  let text: string
  try {
    text = new TextDecoder(odd > even ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  return NOT_TEXT.test(text) ? null : text
}

/** A byte of ASCII text: printable, a tab or a line end. */
const isAsciiText = (byte: number) => (byte >= 0x20 && byte < 0x7f) || byte === 9 || byte === 10 || byte === 13

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 9 || (byte > 13 && byte < 32)) control++
  }
  return control / sample.length > 0.1
}
