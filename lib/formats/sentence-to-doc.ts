import type { RichDoc } from '@/lib/richtext/types'
import type { SentencePart } from './aligned-document'

/** Wraps a sentence given as a string in a one-paragraph doc. */
export function sentenceToDoc(part: SentencePart): RichDoc {
  if (typeof part !== 'string') return part
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: part === '' ? undefined : [{ type: 'text', text: part }] }],
  }
}
