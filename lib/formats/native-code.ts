import type { RichMark } from '@/lib/richtext/types'
import { decodeEntities } from '@/lib/text/decode-entities'

const NATIVE_TAG: Record<Exclude<RichMark['type'], 'link'>, string> = {
  bold: 'b',
  italic: 'i',
  underline: 'u',
  superscript: 'sup',
  subscript: 'sub',
}

const TAG_TO_MARK: Record<string, Exclude<RichMark['type'], 'link'>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  sup: 'superscript',
  sub: 'subscript',
}

const HREF_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' }

/** The native (HTML) code a mark opens with, e.g. `<b>` or `<a href="…">`. */
export function nativeOpenCode(mark: RichMark): string {
  return mark.type === 'link'
    ? `<a href="${mark.attrs.href.replace(/[&"<>]/g, (c) => HREF_ESCAPES[c]!)}">`
    : `<${NATIVE_TAG[mark.type]}>`
}

/** The native code a mark closes with, e.g. `</b>`. */
export function nativeCloseCode(mark: RichMark): string {
  return mark.type === 'link' ? '</a>' : `</${NATIVE_TAG[mark.type]}>`
}

/** Native code of a hard break and of the join between two paragraphs. */
export const NATIVE_BREAK = '<br/>'
export const NATIVE_PARAGRAPH = '</p><p>'

/** Reads a mark from an opening native code such as `<strong>` or `<a href="x">`; undefined if none maps. */
export function markFromNativeCode(code: string): RichMark | undefined {
  // Attribute values may hold '>' inside their quotes.
  const m = /^\s*<\s*([a-zA-Z][\w:-]*)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>\s*$/.exec(code)
  if (!m) return undefined
  const tag = m[1]!.toLowerCase()
  if (tag === 'a') {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[2] ?? '')
    const value = href?.[1] ?? href?.[2] ?? href?.[3]
    return value === undefined ? undefined : { type: 'link', attrs: { href: decodeEntities(value) } }
  }
  const type = TAG_TO_MARK[tag]
  return type ? { type } : undefined
}

/** True when a native code is a line break (`<br>`, `<br/>`, a newline). */
export function isBreakCode(code: string): boolean {
  return /^\s*<\s*br\s*\/?\s*>\s*$/i.test(code) || code === '\n' || code === '\r\n'
}

/** True when a native code is the paragraph join this library writes. */
export function isParagraphCode(code: string): boolean {
  return /^\s*<\/p>\s*<p(\s[^>]*)?>\s*$/i.test(code)
}

/** Reads a mark from a TMX `bpt type` or XLIFF subtype such as `bold`, `ulined`, `xlf:b`. */
export function markFromTypeName(type: string | undefined): RichMark | undefined {
  switch (type?.toLowerCase()) {
    case 'bold':
    case 'xlf:b':
      return { type: 'bold' }
    case 'italic':
    case 'xlf:i':
      return { type: 'italic' }
    case 'ulined':
    case 'underlined':
    case 'xlf:u':
      return { type: 'underline' }
    case 'x-superscript':
    case 'superscript':
    case 'prl:sup':
      return { type: 'superscript' }
    case 'x-subscript':
    case 'subscript':
    case 'prl:sub':
      return { type: 'subscript' }
    default:
      return undefined
  }
}
