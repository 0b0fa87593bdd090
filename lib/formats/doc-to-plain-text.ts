import type { RichDoc } from '@/lib/richtext/types'

/** Plain text of a doc: hard breaks become '\n', paragraphs are joined with one space. */
export function docToPlainText(doc: RichDoc): string {
  let out = ''
  doc.content.forEach((paragraph, index) => {
    if (index > 0) out += ' '
    for (const node of paragraph.content ?? []) out += node.type === 'hardBreak' ? '\n' : node.text
  })
  return out
}
