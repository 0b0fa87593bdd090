import type { RichDoc, RichMark } from '@/lib/richtext/types'
import { tokenizeDoc } from './tokenize-doc'

const TAG: Record<Exclude<RichMark['type'], 'link'>, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  superscript: 'sup',
  subscript: 'sub',
}

const HTML_SPECIAL = /[&<>"]/

function escapeHtml(value: string): string {
  if (!HTML_SPECIAL.test(value)) return value
  return value.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
}

/** HTML opening tag of a mark, as Tiptap renders it. */
export function markOpenTag(mark: RichMark): string {
  return mark.type === 'link' ? `<a href="${escapeHtml(mark.attrs.href)}">` : `<${TAG[mark.type]}>`
}

/** HTML closing tag of a mark. */
export function markCloseTag(mark: RichMark): string {
  return mark.type === 'link' ? '</a>' : `</${TAG[mark.type]}>`
}

/** Serializes a doc to HTML paragraphs (`<p>…</p>`), the same tags the editor's schema renders. */
export function richDocToHtml(doc: RichDoc): string {
  let out = '<p>'
  for (const token of tokenizeDoc(doc)) {
    if (token.kind === 'text') out += escapeHtml(token.text)
    else if (token.kind === 'open') out += markOpenTag(token.mark)
    else if (token.kind === 'close') out += markCloseTag(token.mark)
    else if (token.kind === 'break') out += '<br>'
    else out += '</p><p>'
  }
  return `${out}</p>`
}
