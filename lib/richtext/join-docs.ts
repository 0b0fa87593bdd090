import { emptyDoc, isEmptyDoc } from './empty-doc'
import type { RichDoc, RichInline } from './types'

/** Joins docs paragraph after paragraph (a 2:1 link's sources become one doc); empty docs are skipped. */
export function joinDocs(docs: readonly RichDoc[]): RichDoc {
  if (docs.length === 1) return docs[0]!
  const content = docs.filter((doc) => !isEmptyDoc(doc)).flatMap((doc) => doc.content)
  return content.length === 0 ? emptyDoc() : { type: 'doc', content }
}

const inlineOf = (doc: RichDoc): RichInline[] =>
  doc.content.flatMap((p, k) => [...(k > 0 ? [{ type: 'hardBreak' as const }] : []), ...(p.content ?? [])])

/**
 * Joins docs into one paragraph with a space between them (joined segments, the sentences of a
 * paragraph); a doc's own paragraph breaks become hard breaks, marks are kept, empty docs skipped.
 */
export function joinInline(docs: readonly RichDoc[]): RichDoc {
  const filled = docs.filter((doc) => !isEmptyDoc(doc))
  if (filled.length === 0) return emptyDoc()
  if (filled.length === 1) return filled[0]!
  const content = filled.flatMap((doc, i) =>
    i === 0 ? inlineOf(doc) : [{ type: 'text' as const, text: ' ' }, ...inlineOf(doc)],
  )
  return { type: 'doc', content: [{ type: 'paragraph', content }] }
}
