import type { OpLink } from './types'

type QueueLink = Pick<OpLink, 'id' | 'confirmed' | 'origin' | 'confidence'>

/** The links a person still has to check: unconfirmed automatic links, least confident first (ties in document order). */
export function reviewQueue(links: QueueLink[]): string[] {
  return links
    .map((link, index) => ({ link, index }))
    .filter(({ link }) => !link.confirmed && link.origin === 'auto')
    .sort((a, b) => (a.link.confidence ?? 0) - (b.link.confidence ?? 0) || a.index - b.index)
    .map(({ link }) => link.id)
}

export type AlignmentQuality = { confirmed: number; autoKept: number; changed: number; precision: number | null }

/**
 * How well the aligner did on this document so far: automatic links people confirmed unchanged
 * versus links people made by hand. Precision is estimated as kept / (kept + changed).
 */
export function alignmentQuality(links: QueueLink[]): AlignmentQuality {
  const confirmed = links.filter((l) => l.confirmed).length
  const autoKept = links.filter((l) => l.confirmed && l.origin === 'auto').length
  const changed = links.filter((l) => l.origin === 'manual').length
  return { confirmed, autoKept, changed, precision: autoKept + changed > 0 ? autoKept / (autoKept + changed) : null }
}
