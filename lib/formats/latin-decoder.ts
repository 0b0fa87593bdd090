import { concatBytes, createByteDecoder, invalidByteError, type ByteDecoder } from './byte-decoder'
import type { FormatProblem } from './format-error'
import type { TextPosition } from './text-position'
import { utf8SequenceAt, type Utf8Verdict } from './unicode-bytes'
import { decodeWindows1252, FROM_C1_BYTE, UNDEFINED_IN_WINDOWS_1252 } from './windows-1252'

/** What a label of the WHATWG windows-1252 decoder promises about bytes 0x80–0xFF. */
export type LatinKind = 'ascii' | 'latin1' | 'windows-1252'

const ASCII_LABELS = new Set(['ascii', 'us-ascii', 'ansi_x3.4-1968'])
const WINDOWS_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252'])

/** The kind of a declared encoding that `TextDecoder` reads as windows-1252 (ASCII and ISO-8859-1 included), else undefined. */
export function latinKind(label: string): LatinKind | undefined {
  if (new TextDecoder(label).encoding !== 'windows-1252') return undefined
  return ASCII_LABELS.has(label) ? 'ascii' : WINDOWS_LABELS.has(label) ? 'windows-1252' : 'latin1'
}

const NON_ASCII = /[\u0080-\uffff]/

/**
 * Reads a file declared ASCII, ISO-8859-1 or windows-1252, checking the declaration as it goes.
 * Until the first non-ASCII byte every reading is the same. If that byte starts a valid UTF-8
 * sequence, the file is UTF-8 saved with a wrong declaration: the rest is read as UTF-8 (where
 * invalid bytes are errors) with an `errors.import.encodingMismatch` warning at that byte.
 * Otherwise the rest is windows-1252, with that warning at the first byte the declaration does
 * not allow (any non-ASCII byte for ASCII, 0x80–0x9F for ISO-8859-1), and an
 * `errors.import.encoding` error at a byte windows-1252 does not define.
 */
export function createLatinDecoder(
  kind: LatinKind,
  declared: string,
  position: TextPosition,
  onWarning: (problem: FormatProblem) => void,
): ByteDecoder {
  const contradiction = kind === 'ascii' ? NON_ASCII : kind === 'latin1' ? FROM_C1_BYTE : undefined
  let utf8: ByteDecoder | undefined
  let decided = false
  let warned = false
  let held: Uint8Array | undefined

  const warn = (found: string, message: string) => {
    warned = true
    onWarning({
      code: 'errors.import.encodingMismatch',
      severity: 'warning',
      ...position.at(),
      message: `The file declares encoding "${declared}" but ${message}`,
      params: { declared, found },
    })
  }

  const readWindows1252 = (bytes: Uint8Array): string => {
    const text = decodeWindows1252(bytes)
    const undefinedAt = text.search(UNDEFINED_IN_WINDOWS_1252)
    const contradictionAt = warned || !contradiction ? -1 : text.search(contradiction)
    let done = 0
    if (contradictionAt >= 0 && (undefinedAt < 0 || contradictionAt < undefinedAt)) {
      position.advance(text.slice(0, contradictionAt))
      done = contradictionAt
      const hex = bytes[contradictionAt]!.toString(16).toUpperCase()
      warn('windows-1252', `byte 0x${hex} is not ${declared}; the file is read as windows-1252`)
    }
    if (undefinedAt >= 0) {
      position.advance(text.slice(done, undefinedAt))
      throw invalidByteError(position, 'windows-1252', bytes[undefinedAt])
    }
    position.advance(done > 0 ? text.slice(done) : text)
    return text
  }

  const decide = (bytes: Uint8Array, verdict: Utf8Verdict): string => {
    decided = true
    if (verdict !== 'valid') return readWindows1252(bytes)
    warn('UTF-8', 'its bytes are UTF-8; the file is read as UTF-8')
    utf8 = createByteDecoder('utf-8', position)
    return utf8.decode(bytes)
  }

  return {
    decode(chunk) {
      if (utf8) return utf8.decode(chunk)
      const bytes = held ? concatBytes(held, chunk) : chunk
      held = undefined
      if (decided) return readWindows1252(bytes)
      const text = decodeWindows1252(bytes)
      const at = text.search(NON_ASCII)
      if (at < 0) {
        position.advance(text)
        return text
      }
      const ascii = text.slice(0, at)
      position.advance(ascii)
      const rest = bytes.subarray(at)
      const verdict = utf8SequenceAt(rest)
      if (verdict !== 'incomplete') return ascii + decide(rest, verdict)
      held = rest.slice()
      return ascii
    },
    finish() {
      if (utf8) return utf8.finish()
      const rest = held
      held = undefined
      return rest ? decide(rest, 'invalid') : ''
    },
  }
}
