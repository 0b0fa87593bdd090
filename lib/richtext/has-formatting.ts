import type { RichDoc } from './types'

/**
 * True when a doc carries what plain text cannot show: a mark (bold, italic, a link…) or a second
 * paragraph. Hard breaks are not formatting: plain text shows them as line breaks.
 */
export function hasFormatting(doc: RichDoc | undefined): boolean {
  if (!doc) return false
  if (doc.content.length > 1) return true
  return doc.content.some((p) => p.content?.some((node) => node.type === 'text' && (node.marks?.length ?? 0) > 0))
}
