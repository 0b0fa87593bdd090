// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; they are dropped on output.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// Cheap tests first: most values need no work at all, and few need cleaning.
const NEEDS_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const NEEDS_TEXT_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const NEEDS_ATTR_WORK = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
// No replacement contains another special, so one pass does them all.
const TEXT_SPECIALS = /[&<>\r]/g
const ATTR_SPECIALS = /[&<>"'\t\n\r]/g
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

const toEntity = (c: string) => ENTITY[c] ?? c

/** Escapes character data for an XML element and removes characters XML cannot carry. */
export function escapeXmlText(value: string): string {
  if (!NEEDS_TEXT_WORK.test(value)) return value
  const clean = NEEDS_CLEANING.test(value) ? value.replace(INVALID_XML_CHARS, '') : value
  return clean.replace(TEXT_SPECIALS, toEntity)
}

/** Escapes an XML attribute value (double-quoted), keeping whitespace characters as references. */
export function escapeXmlAttr(value: string): string {
  if (!NEEDS_ATTR_WORK.test(value)) return value
  const clean = NEEDS_CLEANING.test(value) ? value.replace(INVALID_XML_CHARS, '') : value
  return clean.replace(ATTR_SPECIALS, toEntity)
}
