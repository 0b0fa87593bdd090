import type { RichDoc, RichMark, RichText } from './types'

const TAGS: Record<Exclude<RichMark['type'], 'link'>, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  superscript: 'sup',
  subscript: 'sub',
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function openTag(mark: RichMark): string {
  if (mark.type === 'link') return `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer nofollow">`
  return `<${TAGS[mark.type]}>`
}

function closeTag(mark: RichMark): string {
  return mark.type === 'link' ? '</a>' : `</${TAGS[mark.type]}>`
}

function textToHtml(node: RichText): string {
  const marks = node.marks ?? []
  return marks.map(openTag).join('') + escapeHtml(node.text) + [...marks].reverse().map(closeTag).join('')
}

/** Renders rich content as HTML (`<p>` per paragraph); the only way HTML leaves the app. */
export function docToHtml(doc: RichDoc): string {
  return doc.content
    .map((p) => `<p>${(p.content ?? []).map((n) => (n.type === 'text' ? textToHtml(n) : '<br>')).join('')}</p>`)
    .join('')
}
