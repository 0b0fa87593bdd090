import type { RichDoc, RichInline, RichParagraph } from './types'

/**
 * The part of a doc between two offsets of its plain text (`docToText`: hard breaks as newlines,
 * paragraphs joined by a blank line, leading and trailing whitespace trimmed), with its marks and
 * hard breaks: a stored sentence cut out of its segment keeps its bold, links and line breaks. A
 * range that crosses a paragraph boundary gives one paragraph per part. Linear in the doc.
 */
export function sliceDoc(doc: RichDoc, start: number, end: number): RichDoc {
  // Offsets count from the trimmed text: find how much leading whitespace the trim took.
  let untrimmed = ''
  doc.content.forEach((paragraph, index) => {
    if (index > 0) untrimmed += '\n\n'
    for (const node of paragraph.content ?? []) untrimmed += node.type === 'hardBreak' ? '\n' : node.text
  })
  const lead = untrimmed.length - untrimmed.trimStart().length
  const from = start + lead
  const to = end + lead
  const paragraphs: RichParagraph[] = []
  let current: RichInline[] | undefined
  let at = 0
  doc.content.forEach((paragraph, index) => {
    if (index > 0) {
      // The blank line between paragraphs: a new paragraph when the range goes on past it.
      if (current && at + 2 < to) {
        paragraphs.push(current.length > 0 ? { type: 'paragraph', content: current } : { type: 'paragraph' })
        current = []
      }
      at += 2
    }
    for (const node of paragraph.content ?? []) {
      const length = node.type === 'hardBreak' ? 1 : node.text.length
      const cutFrom = Math.max(from, at)
      const cutTo = Math.min(to, at + length)
      if (cutFrom < cutTo) {
        current ??= []
        if (node.type === 'hardBreak') current.push({ type: 'hardBreak' })
        else {
          const text = node.text.slice(cutFrom - at, cutTo - at)
          current.push(node.marks ? { type: 'text', text, marks: node.marks } : { type: 'text', text })
        }
      }
      at += length
    }
  })
  if (current && current.length > 0) paragraphs.push({ type: 'paragraph', content: current })
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] }
}
