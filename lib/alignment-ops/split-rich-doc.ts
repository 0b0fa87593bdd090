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

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * Splits a segment in two at a character offset of its plain text (`docToText`); text nodes cut in
 * two keep their marks, so bold, italics and links survive on both sides. Spaces at the cut are dropped.
 * Null when the offset falls inside a character (between the two UTF-16 halves of an emoji, say): each
 * side would keep a lone surrogate, which is no text and cannot be stored.
 */
export function splitRichDoc(doc: RichDoc, offset: number): [RichDoc, RichDoc] | null {
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
        if (isHighSurrogate(node.text.charCodeAt(remaining - 1)) && isLowSurrogate(node.text.charCodeAt(remaining)))
          return null
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
