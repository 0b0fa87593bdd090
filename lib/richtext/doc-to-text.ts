import type { RichDoc } from './types'

/** Plain text of a segment: paragraphs joined by a blank line, hard breaks as newlines. */
export function docToText(doc: RichDoc): string {
  return doc.content
    .map((p) => (p.content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join(''))
    .join('\n\n')
    .trim()
}

const WORDS = new Intl.Segmenter('und', { granularity: 'word' })

/** Word count as translators count it: word-like segments (Korean eojeol, Latin words, Han words). */
export function countWords(text: string): number {
  let count = 0
  for (const part of WORDS.segment(text)) if (part.isWordLike) count++
  return count
}
