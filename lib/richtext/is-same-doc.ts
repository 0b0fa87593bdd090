import { sanitizeDoc } from './schema'
import type { RichDoc } from './types'

/** A key-order-free form of a doc: `sanitizeDoc` rebuilds every node with its keys in one order. */
function canonicalDoc(doc: RichDoc): string {
  return JSON.stringify(sanitizeDoc(doc))
}

/**
 * True when two docs hold the same text, marks and breaks. The one "did the content change" test:
 * stored `jsonb` comes back with its keys reordered, so docs are never compared as raw JSON.
 */
export function isSameDoc(a: RichDoc, b: RichDoc): boolean {
  return canonicalDoc(a) === canonicalDoc(b)
}
