import { FormatError } from './format-error'
import type { TextPosition } from './text-position'
import { firstInvalidUtf16, firstInvalidUtf8, heldBytes } from './unicode-bytes'

/** Decodes a byte stream piece by piece, moving `position` past what it returns. */
export type ByteDecoder = {
  /** The text of the next bytes (a character cut at the end waits for the next call). */
  decode(bytes: Uint8Array): string
  /** The end of the stream: the rest, or an error for a character left unfinished. */
  finish(): string
}

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'
const isUnicode = (encoding: string): encoding is UnicodeEncoding =>
  encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be'

/** The error for bytes that are not valid `encoding`, at the position where the text before them ends. */
export function invalidByteError(position: TextPosition, encoding: string, byte?: number): FormatError {
  const what =
    byte === undefined ? 'The bytes here are' : `Byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} is`
  return new FormatError('errors.import.encoding', `${what} not valid ${encoding}`, position.at(), {
    declared: encoding,
  })
}

/** `a` then `b` in one new array. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

/**
 * A fatal `TextDecoder` that says where the first invalid byte is. The hot path is the native
 * streaming decoder; only when it fails are the bytes it still held and the failing piece scanned
 * (UTF-8, UTF-16) to find the first bad sequence, so the cost stays linear. Other encodings are
 * re-read without the fatal flag up to the first U+FFFD: exact for single-byte encodings; in
 * legacy multi-byte ones (Shift_JIS, GBK…) a character cut by the previous chunk boundary can
 * move the column by one.
 */
export function createByteDecoder(encoding: string, position: TextPosition): ByteDecoder {
  // The caller skips a byte order mark; one further on (a decoder started mid-file) is text.
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
  const name = decoder.encoding
  let tail = new Uint8Array(0)
  let given = 0
  const remember = (bytes: Uint8Array) => {
    given += bytes.length
    tail = bytes.length >= 3 ? bytes.slice(-3) : concatBytes(tail, bytes).slice(-3)
  }
  const locate = (bytes: Uint8Array): FormatError => {
    let bad: number
    if (isUnicode(name)) {
      const held = heldBytes(name, tail, given)
      const all = held > 0 ? concatBytes(tail.subarray(tail.length - held), bytes) : bytes
      bad = Math.max(0, name === 'utf-8' ? firstInvalidUtf8(all) : firstInvalidUtf16(all, name === 'utf-16le'))
      position.advance(new TextDecoder(name, { ignoreBOM: true }).decode(all.subarray(0, bad)))
      return invalidByteError(position, name, name === 'utf-8' ? all[bad] : undefined)
    }
    const text = new TextDecoder(name, { ignoreBOM: true }).decode(bytes)
    bad = Math.max(0, text.indexOf('\uFFFD'))
    position.advance(text.slice(0, bad))
    return invalidByteError(position, name, bytes.length === text.length ? bytes[bad] : undefined)
  }
  return {
    decode(bytes) {
      let text: string
      try {
        text = decoder.decode(bytes, { stream: true })
      } catch {
        throw locate(bytes)
      }
      remember(bytes)
      position.advance(text)
      return text
    },
    finish() {
      let text: string
      try {
        text = decoder.decode()
      } catch {
        throw new FormatError('errors.import.encoding', `The file ends inside a character (${name})`, position.at(), {
          declared: name,
        })
      }
      position.advance(text)
      return text
    },
  }
}
