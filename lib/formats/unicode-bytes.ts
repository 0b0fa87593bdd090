/** What the bytes at an offset are in UTF-8: one whole valid sequence, not UTF-8, or too few bytes to tell. */
export type Utf8Verdict = 'valid' | 'invalid' | 'incomplete'

// The allowed range of the second byte after each lead byte (WHATWG / Unicode table 3-7).
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf]
  if (lead === 0xed) return [0x80, 0x9f]
  if (lead === 0xf0) return [0x90, 0xbf]
  if (lead === 0xf4) return [0x80, 0x8f]
  return [0x80, 0xbf]
}

/** Judges the UTF-8 sequence that starts at `at` (an ASCII byte is a valid sequence of one). */
export function utf8SequenceAt(bytes: Uint8Array, at = 0): Utf8Verdict {
  const lead = bytes[at]!
  if (lead < 0x80) return 'valid'
  if (lead < 0xc2 || lead > 0xf4) return 'invalid'
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
  const [low, high] = secondByteRange(lead)
  for (let k = 1; k < length; k++) {
    if (at + k >= bytes.length) return 'incomplete'
    const byte = bytes[at + k]!
    if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return 'invalid'
  }
  return 'valid'
}

/** Offset of the first ill-formed UTF-8 sequence, or -1 (a sequence cut off by the end is not ill-formed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0
  while (at < bytes.length) {
    const lead = bytes[at]!
    if (lead < 0x80) {
      at++
      continue
    }
    const verdict = utf8SequenceAt(bytes, at)
    if (verdict === 'invalid') return at
    if (verdict === 'incomplete') return -1
    at += lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
  }
  return -1
}

/** Offset of the first unpaired surrogate in UTF-16 bytes, or -1 (a high surrogate at the very end may still be paired). */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) => (littleEndian ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!)
  for (let at = 0; at + 1 < bytes.length; at += 2) {
    const code = unit(at)
    if (code >= 0xdc00 && code <= 0xdfff) return at
    if (code < 0xd800 || code > 0xdbff) continue
    if (at + 3 >= bytes.length) return -1
    const next = unit(at + 2)
    if (next < 0xdc00 || next > 0xdfff) return at
    at += 2
  }
  return -1
}

/**
 * How many of the last bytes given to a streaming decoder it still holds (the start of a
 * character cut by a chunk boundary), from the last 3 bytes given (`tail`) and how many were
 * given in all (`given`). The bytes before them decoded without error.
 */
export function heldBytes(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', tail: Uint8Array, given: number): number {
  if (encoding === 'utf-8') {
    for (let k = 1; k <= tail.length; k++) {
      const byte = tail[tail.length - k]!
      if (byte < 0x80) return 0
      if (byte >= 0xc0) return (byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4) > k ? k : 0
    }
    return 0
  }
  const odd = given % 2
  const end = tail.length - odd
  if (end < 2) return odd
  const high = encoding === 'utf-16le' ? tail[end - 1]! : tail[end - 2]!
  return high >= 0xd8 && high <= 0xdb ? odd + 2 : odd
}
