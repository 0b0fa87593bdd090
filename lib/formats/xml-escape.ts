// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; they are dropped on output.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const TEXT_SPECIALS = /[&<>]/g
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

/** Escapes character data for an XML element and removes characters XML cannot carry. */
const NEEDS_TEXT_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

export function escapeXmlText(value: string): string {
  if (!NEEDS_TEXT_WORK.test(value)) return value
  return value.replace(INVALID_XML_CHARS, '').replace(TEXT_SPECIALS, (c) => ENTITY[c] ?? c).replace(/\r/g, '&#13;')
}

/** Escapes an XML attribute value (double-quoted), keeping whitespace characters as references. */
export function escapeXmlAttr(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(ATTR_SPECIALS, (c) => ENTITY[c] ?? c)
}
