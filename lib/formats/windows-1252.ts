// WHATWG index-windows-1252 for bytes 0x80–0x9F; the five bytes it leaves undefined map to themselves.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
].map((code) => String.fromCharCode(code))

const C1 = /[\x80-\x9f]/g
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** Matches a character that windows-1252 makes of a byte 0x80–0x9F (C1 control characters in ISO-8859-1). */
export const FROM_C1_BYTE = new RegExp(`[\\x80-\\x9f${HIGH.map(escape).join('')}]`)

/** Matches what windows-1252 makes of the five bytes it does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
export const UNDEFINED_IN_WINDOWS_1252 = /[\x81\x8d\x8f\x90\x9d]/

const decoder = new TextDecoder('windows-1252')

/**
 * Decodes windows-1252 (one character per byte) as the WHATWG Encoding Standard does. Node's
 * `TextDecoder` has read 0x80–0x9F as ISO-8859-1 since 20.18.3 / 22.13.0 (nodejs/node#60888),
 * so those characters are mapped here; on a runtime that already maps them this changes nothing.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = decoder.decode(bytes)
  return text.search(C1) < 0 ? text : text.replace(C1, (c) => HIGH[c.charCodeAt(0) - 0x80]!)
}
