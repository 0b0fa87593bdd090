import { FormatError } from './format-error'

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

/** The encoding to read a byte stream with, the label its XML declaration gives (lower case), and the BOM's length. */
export type ChosenEncoding = { encoding: string; declared?: string; skip: number }

/**
 * Chooses the encoding of a byte stream from its first bytes (BOM, `<?xml` pattern, declaration),
 * refusing a declaration the bytes contradict or `TextDecoder` does not know.
 */
export function chooseEncoding(head: Uint8Array): ChosenEncoding {
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
    return { encoding: detected.encoding, declared, skip: detected.skip }
  }
  if (declared && isUtf16) throw mismatch(detected.skip ? 'UTF-8 (with a byte order mark)' : 'UTF-8 or ASCII')
  if (detected.skip && declared && declared !== 'utf-8' && declared !== 'utf8')
    throw mismatch('UTF-8 (with a byte order mark)')
  try {
    return { encoding: new TextDecoder(declared ?? 'utf-8').encoding, declared, skip: detected.skip }
  } catch {
    throw new FormatError(
      'errors.import.encoding',
      `Unsupported encoding "${declared}"`,
      { line: 1, column: 1 },
      { declared: declared ?? '' },
    )
  }
}
