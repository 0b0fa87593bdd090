import type { RichDoc } from '../richtext/types'

/**
 * The plain text the checks read and their offsets point into: hard breaks as newlines, paragraphs
 * joined by a blank line, nothing trimmed (leading and trailing spaces are a check of their own).
 */
export function qaText(doc: RichDoc): string {
  let out = ''
  doc.content.forEach((paragraph, index) => {
    if (index > 0) out += '\n\n'
    for (const node of paragraph.content ?? []) out += node.type === 'hardBreak' ? '\n' : node.text
  })
  return out
}
