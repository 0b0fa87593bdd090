import { isEmptyDoc } from '../richtext/empty-doc'
import type { RichDoc, RichInline } from '../richtext/types'

const inlineOf = (doc: RichDoc): RichInline[] =>
  doc.content.flatMap((p, k) => [...(k > 0 ? [{ type: 'hardBreak' as const }] : []), ...(p.content ?? [])])

/** Joins two segments into one paragraph, a space between them; marks (bold, italic, links) are kept. */
export function joinRichDocs(first: RichDoc, second: RichDoc): RichDoc {
  if (isEmptyDoc(second)) return first
  if (isEmptyDoc(first)) return second
  const content = [...inlineOf(first), { type: 'text' as const, text: ' ' }, ...inlineOf(second)]
  return { type: 'doc', content: [{ type: 'paragraph', content }] }
}
