import type { RichDoc } from '@/lib/richtext/types'

/** Text nodes only: what a reader sees once every inline code is stripped. */
export function textOnly(doc: RichDoc): string {
  return doc.content.map((p) => (p.content ?? []).map((n) => (n.type === 'text' ? n.text : '')).join('')).join('')
}
