import type { RichDoc } from './types'

/** An empty segment: one empty paragraph, as the editor stores it. */
export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

/** True when a doc has no text and no breaks. */
export function isEmptyDoc(doc: RichDoc): boolean {
  return doc.content.every((p) => (p.content ?? []).every((n) => n.type === 'text' && n.text === ''))
}
