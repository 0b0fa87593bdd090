const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** A character reference or a named entity: `&#1071;`, `&#xAC00;`, `&amp;`. */
export const ENTITY_PATTERN = /&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi

/**
 * The character one HTML entity stands for, or the entity itself when it names none: an unknown
 * name, 0, a surrogate, or a code point past U+10FFFF is kept literally rather than thrown on.
 */
export function decodeEntity(raw: string): string {
  if (raw[1] !== '#') return NAMED[raw.slice(1, -1).toLowerCase()] ?? raw
  const hex = raw[2] === 'x' || raw[2] === 'X'
  const code = parseInt(raw.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
  return valid ? String.fromCodePoint(code) : raw
}

/** Decodes every entity in a string (see `decodeEntity`); other text is kept as it is. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY_PATTERN, decodeEntity)
}
