import { emptyDoc, isEmptyDoc } from '@/lib/richtext/empty-doc'
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

/** Joins docs paragraph after paragraph (a 2:1 link's sources become one doc); empty docs are skipped. */
export function joinDocs(docs: readonly RichDoc[]): RichDoc {
  if (docs.length === 1) return docs[0]!
  const content = docs.filter((doc) => !isEmptyDoc(doc)).flatMap((doc) => doc.content)
  return content.length === 0 ? emptyDoc() : { type: 'doc', content }
}

/** Joins sentences of one paragraph into a single-paragraph doc, separated by one space. */
export function joinSentences(parts: readonly SentencePart[]): RichDoc {
  const docs = parts.map(sentenceToDoc).filter((doc) => !isEmptyDoc(doc))
  if (docs.length === 0) return emptyDoc()
  if (docs.length === 1) return docs[0]!
  const inline = docs.flatMap((doc, i) => {
    const nodes = doc.content.flatMap((p) => p.content ?? [])
    return i === 0 ? nodes : [{ type: 'text' as const, text: ' ' }, ...nodes]
  })
  return { type: 'doc', content: [{ type: 'paragraph', content: inline }] }
}
