import { docToText } from './doc-to-text'
import type { RichDoc } from './types'

/** An empty segment: one empty paragraph, as the editor stores it. */
export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

/**
 * True when a doc has no text after trimming (only spaces, hard breaks or empty paragraphs): the one
 * meaning of "empty" for saves (status `empty`), imports, joins and exports.
 */
export function isEmptyDoc(doc: RichDoc): boolean {
  return docToText(doc) === ''
}
