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

export type AlignmentQuality = {
  /** Source paragraphs people have checked: in a link they confirmed, or in a link they changed. */
  checked: number
  /** Of those, the paragraphs whose automatic link they confirmed unchanged. */
  right: number
  /** right / checked, or null before anything is checked. */
  share: number | null
}

/**
 * How often the aligner was right on what people checked, counted in source paragraphs. Counting
 * links instead overstated errors: fixing one wrong link (a split, a move) leaves two or more
 * changed links, so 17 right links and one fixed read as 89%, or 33% early in a review.
 */
export function alignmentQuality(links: Array<QueueLink & { sources: readonly unknown[] }>): AlignmentQuality {
  let checked = 0
  let right = 0
  for (const link of links) {
    if (link.origin === 'manual' || (link.confirmed && link.origin === 'auto')) checked += link.sources.length
    if (link.confirmed && link.origin === 'auto') right += link.sources.length
  }
  return { checked, right, share: checked > 0 ? right / checked : null }
}
