import { countSimpleWords } from '../text/simple-word-count'
import { segmentText } from '../text/segment-text'
import type { RichDoc } from './types'

// The one plain-text rendering: hard breaks become newlines, paragraphs are joined by `separator`.
function plainText(doc: RichDoc, separator: string): string {
  let out = ''
  doc.content.forEach((paragraph, index) => {
    if (index > 0) out += separator
    for (const node of paragraph.content ?? []) out += node.type === 'hardBreak' ? '\n' : node.text
  })
  return out
}

/** Plain text of a segment as stored and searched: paragraphs joined by a blank line, trimmed. */
export function docToText(doc: RichDoc): string {
  return plainText(doc, '\n\n').trim()
}

/** Plain text for formats that want one line per unit (TMX/XLIFF plain, JSON `text`): paragraphs joined by a space, spaces kept as they are. */
export function docToLine(doc: RichDoc): string {
  return plainText(doc, ' ')
}

const WORDS = new Intl.Segmenter('und', { granularity: 'word' })

/** Word count as translators count it: word-like segments (Korean eojeol, Latin words, Han words). Linear in the text. */
export function countWords(text: string): number {
  // Latin, Cyrillic and Hangul text is counted without the segmenter, with the same result (simple-word-count.ts).
  const simple = countSimpleWords(text)
  if (simple !== undefined) return simple
  let count = 0
  for (const part of segmentText(WORDS, text)) if (part.isWordLike) count++
  return count
}
