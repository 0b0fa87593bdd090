import { createByteDecoder, type ByteDecoder } from './byte-decoder'
import { FormatError, type FormatProblem } from './format-error'
import { createLatinDecoder, latinKind } from './latin-decoder'
import { createTextPosition, type TextPosition } from './text-position'
import { chooseEncoding } from './xml-encoding'

/** What XML parsers accept: a decoded string, bytes, or a (async) stream of either. */
export type XmlInput = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>

export type DecodeXmlOptions = {
  /** Warnings about the encoding (a declaration the bytes contradict); without it they are dropped. */
  onWarning?: (problem: FormatProblem) => void
}

export const DEFAULT_MAX_BYTES = 1024 ** 3
const HEAD_BYTES = 512

const encoder = new TextEncoder()
let scratch = new Uint8Array(0)

/** Exact UTF-8 size of a text, through the native encoder into a scratch buffer that is reused. */
export function utf8Length(text: string): number {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3)
  return encoder.encodeInto(text, scratch).written
}

async function* chunksOf(input: XmlInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === 'string' || input instanceof Uint8Array) yield input
  else yield* input
}

// The decoder the first bytes call for, and the length of the byte order mark to skip.
function createDecoder(head: Uint8Array, position: TextPosition, options: DecodeXmlOptions) {
  const { encoding, declared, skip } = chooseEncoding(head)
  const kind = declared === undefined ? undefined : latinKind(declared)
  const decoder: ByteDecoder =
    kind && declared
      ? createLatinDecoder(kind, declared, position, options.onWarning ?? (() => {}))
      : createByteDecoder(encoding, position)
  return { decoder, skip }
}

/**
 * Turns bytes or strings into decoded text chunks: detects the BOM, checks the XML declaration
 * against the bytes (UTF-8 declared as ISO-8859-1 is read as UTF-8, with a warning), fails on
 * invalid bytes at their line and column, and stops once more than `maxBytes` came in.
 */
export async function* decodeXmlInput(
  input: XmlInput,
  maxBytes = DEFAULT_MAX_BYTES,
  options: DecodeXmlOptions = {},
): AsyncGenerator<string> {
  const position = createTextPosition()
  let total = 0
  let head: Uint8Array[] = []
  let headSize = 0
  let decoder: ByteDecoder | undefined
  let first = true
  const count = (n: number) => {
    total += n
    if (total > maxBytes)
      throw new FormatError('errors.import.tooLarge', `The file is larger than ${maxBytes} bytes`, undefined, {
        maxBytes: String(maxBytes),
      })
  }
  const start = () => {
    const bytes = head.length === 1 ? head[0]! : concat(head, headSize)
    head = []
    const chosen = createDecoder(bytes, position, options)
    decoder = chosen.decoder
    return decoder.decode(bytes.subarray(chosen.skip))
  }
  for await (const chunk of chunksOf(input)) {
    if (typeof chunk === 'string') {
      count(utf8Length(chunk))
      const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk
      first = false
      position.advance(text)
      if (text) yield text
      continue
    }
    first = false
    count(chunk.byteLength)
    if (decoder) {
      const text = decoder.decode(chunk)
      if (text) yield text
      continue
    }
    head.push(chunk)
    headSize += chunk.byteLength
    if (headSize >= HEAD_BYTES) {
      const text = start()
      if (text) yield text
    }
  }
  if (!decoder && head.length > 0) {
    const text = start()
    if (text) yield text
  }
  if (decoder) {
    const rest = decoder.finish()
    if (rest) yield rest
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}
