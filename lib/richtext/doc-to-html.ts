import { tokenizeDoc } from './tokenize-doc'
import type { RichDoc, RichMark } from './types'

const TAGS: Record<Exclude<RichMark['type'], 'link'>, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  superscript: 'sup',
  subscript: 'sub',
}

// As the editor's DOM serializer escapes: text needs &, < and >; attribute values & and ".
const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
const escapeAttr = (value: string) => value.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'))

function openTag(mark: RichMark): string {
  if (mark.type === 'link')
    return `<a target="_blank" rel="noopener noreferrer nofollow" href="${escapeAttr(mark.attrs.href)}">`
  return `<${TAGS[mark.type]}>`
}

function closeTag(mark: RichMark): string {
  return mark.type === 'link' ? '</a>' : `</${TAGS[mark.type]}>`
}

/**
 * The one HTML serializer: `<p>` per paragraph, the same markup the editor's `getHTML()` gives for
 * the schema of lib/richtext/extensions (a test runs a headless editor to keep them equal).
 */
export function docToHtml(doc: RichDoc): string {
  let out = '<p>'
  for (const token of tokenizeDoc(doc, { closeAtBreak: true })) {
    if (token.kind === 'text') out += escapeText(token.text)
    else if (token.kind === 'open') out += openTag(token.mark)
    else if (token.kind === 'close') out += closeTag(token.mark)
    else if (token.kind === 'break') out += '<br>'
    else out += '</p><p>'
  }
  return `${out}</p>`
}
