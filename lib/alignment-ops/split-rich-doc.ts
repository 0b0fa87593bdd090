import type { RichDoc, RichInline, RichParagraph } from '../richtext/types'

const inlineText = (node: RichInline) => (node.type === 'text' ? node.text : '\n')

function trimEdge(content: RichInline[], edge: 'start' | 'end'): RichInline[] {
  const nodes = [...content]
  const at = edge === 'start' ? 0 : nodes.length - 1
  const node = nodes[at]
  if (node?.type === 'text') {
    const text = edge === 'start' ? node.text.trimStart() : node.text.trimEnd()
    if (text === '') nodes.splice(at, 1)
    else nodes[at] = { ...node, text }
  }
  return nodes
}

function toDoc(paragraphs: RichParagraph[]): RichDoc {
  const kept = paragraphs.filter((p) => (p.content ?? []).length > 0)
  return { type: 'doc', content: kept.length > 0 ? kept : [{ type: 'paragraph' }] }
}

/**
 * Splits a segment in two at a character offset of its plain text (`docToText`); text nodes cut in
 * two keep their marks, so bold, italics and links survive on both sides. Spaces at the cut are dropped.
 */
export function splitRichDoc(doc: RichDoc, offset: number): [RichDoc, RichDoc] {
  const full = doc.content.map((p) => (p.content ?? []).map(inlineText).join('')).join('\n\n')
  let remaining = offset + (full.length - full.trimStart().length)
  const first: RichParagraph[] = []
  const second: RichParagraph[] = []
  for (const paragraph of doc.content) {
    const content = paragraph.content ?? []
    const length = content.map(inlineText).join('').length
    if (remaining >= length) {
      first.push(paragraph)
      remaining -= length + 2
      continue
    }
    if (remaining < 0) {
      second.push(paragraph)
      continue
    }
    const head: RichInline[] = []
    const tail: RichInline[] = []
    for (const node of content) {
      const size = inlineText(node).length
      if (remaining >= size) head.push(node)
      else if (remaining <= 0) tail.push(node)
      else if (node.type === 'text') {
        head.push({ ...node, text: node.text.slice(0, remaining) })
        tail.push({ ...node, text: node.text.slice(remaining) })
      }
      remaining -= size
    }
    first.push({ ...paragraph, content: trimEdge(head, 'end') })
    second.push({ ...paragraph, content: trimEdge(tail, 'start') })
    remaining = -1
  }
  return [toDoc(first), toDoc(second)]
}
