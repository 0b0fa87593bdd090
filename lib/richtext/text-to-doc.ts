import { sanitizeDoc } from './schema'
import type { RichDoc, RichInline } from './types'

/**
 * A plain-text paragraph as rich content: single newlines become hard breaks, and control characters
 * go (as from every stored paragraph: its plain text, word count and exports then agree with it).
 */
export function textToDoc(text: string): RichDoc {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n')
  const content: RichInline[] = []
  lines.forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' })
    const clean = line.replace(/[ \t]+/g, ' ').trim()
    if (clean) content.push({ type: 'text', text: clean })
  })
  return sanitizeDoc({
    type: 'doc',
    content: [content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }],
  })
}
