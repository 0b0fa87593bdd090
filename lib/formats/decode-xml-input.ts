import { FormatError } from './format-error'

/** What XML parsers accept: a decoded string, bytes, or a (async) stream of either. */
export type XmlInput = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>

export const DEFAULT_MAX_BYTES = 1024 ** 3
const HEAD_BYTES = 512

type Detected = { encoding: string; skip: number; wide: boolean }

function detect(head: Uint8Array): Detected {
  const [a, b, c, d] = head
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3, wide: false }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2, wide: true }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2, wide: true }
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return { encoding: 'utf-16le', skip: 0, wide: true }
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return { encoding: 'utf-16be', skip: 0, wide: true }
  return { encoding: 'utf-8', skip: 0, wide: false }
}

function declaredEncoding(head: Uint8Array, detected: Detected): string | undefined {
  const text = new TextDecoder(detected.wide ? detected.encoding : 'latin1').decode(head.subarray(detected.skip))
  const m = /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text)
  return m?.[1]?.toLowerCase()
}

/** Chooses the decoder for a byte stream, refusing a declaration the bytes contradict. */
function chooseEncoding(head: Uint8Array): { decoder: TextDecoder; skip: number } {
  const detected = detect(head)
  const declared = declaredEncoding(head, detected)
  const isUtf16 = declared === 'utf-16' || declared === 'utf-16le' || declared === 'utf-16be' || declared === 'ucs-2'
  const mismatch = (found: string) =>
    new FormatError(
      'errors.import.encoding',
      `The file declares encoding "${declared}" but its bytes are ${found}`,
      { line: 1, column: 1 },
      {
        declared: declared ?? '',
        found,
      },
    )
  if (detected.wide) {
    if (declared && !isUtf16) throw mismatch(detected.encoding.toUpperCase())
    return { decoder: new TextDecoder(detected.encoding, { fatal: true }), skip: detected.skip }
  }
  if (declared && isUtf16) throw mismatch(detected.skip ? 'UTF-8 (with a byte order mark)' : 'UTF-8 or ASCII')
  if (detected.skip && declared && declared !== 'utf-8' && declared !== 'utf8')
    throw mismatch('UTF-8 (with a byte order mark)')
  try {
    return { decoder: new TextDecoder(declared ?? 'utf-8', { fatal: true }), skip: detected.skip }
  } catch {
    throw new FormatError(
      'errors.import.encoding',
      `Unsupported encoding "${declared}"`,
      { line: 1, column: 1 },
      { declared: declared ?? '' },
    )
  }
}

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

/**
 * Turns bytes or strings into decoded text chunks: detects the BOM, checks the XML declaration
 * against it, fails on invalid bytes, and stops once more than `maxBytes` came in.
 */
export async function* decodeXmlInput(input: XmlInput, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<string> {
  let total = 0
  let head: Uint8Array[] = []
  let headSize = 0
  let decoder: TextDecoder | undefined
  let first = true
  const count = (n: number) => {
    total += n
    if (total > maxBytes)
      throw new FormatError('errors.import.tooLarge', `The file is larger than ${maxBytes} bytes`, undefined, {
        maxBytes: String(maxBytes),
      })
  }
  const decode = (bytes: Uint8Array, stream: boolean) => {
    try {
      return decoder!.decode(bytes, { stream })
    } catch {
      throw new FormatError('errors.import.encoding', `The bytes are not valid ${decoder!.encoding}`, undefined, {
        declared: decoder!.encoding,
      })
    }
  }
  const start = () => {
    const bytes = head.length === 1 ? head[0]! : concat(head, headSize)
    const chosen = chooseEncoding(bytes)
    decoder = chosen.decoder
    head = []
    return decode(bytes.subarray(chosen.skip), true)
  }
  for await (const chunk of chunksOf(input)) {
    if (typeof chunk === 'string') {
      count(utf8Length(chunk))
      const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk
      first = false
      if (text) yield text
      continue
    }
    first = false
    count(chunk.byteLength)
    if (decoder) {
      const text = decode(chunk, true)
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
    const rest = decode(new Uint8Array(0), false)
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
