import { align, type AlignmentLink, type AlignOptions } from './align'
import { boundariesOf } from './build-problem'

/** A paragraph link derived from sentence links: paragraph indexes on each side, and the sentence links inside. */
export type DerivedParagraphLink = {
  source: number[]
  target: number[]
  confidence: number
  /** Sentence links, with sentence indexes into the flattened sentence lists. */
  sentences: AlignmentLink[]
}

/**
 * Paragraph links from sentence links: the smallest groups of source paragraphs and target paragraphs
 * that no sentence link crosses. An empty paragraph (no sentence) between groups gets a link of its
 * own (1:0 or 0:1); one inside a group belongs to it. Confidence is the lowest of the sentence links.
 */
export function deriveParagraphLinks(
  sentenceLinks: AlignmentLink[],
  counts: { source: number[]; target: number[] },
): DerivedParagraphLink[] {
  const sourceBoundary = boundariesOf(counts.source)
  const targetBoundary = boundariesOf(counts.target)
  const sourceEnds = ends(counts.source)
  const targetEnds = ends(counts.target)
  const links: DerivedParagraphLink[] = []
  let nextSource = 0
  let nextTarget = 0
  const emitEmptyParagraphs = () => {
    while (nextSource < counts.source.length && counts.source[nextSource] === 0)
      links.push({ source: [nextSource++], target: [], confidence: 1, sentences: [] })
    while (nextTarget < counts.target.length && counts.target[nextTarget] === 0)
      links.push({ source: [], target: [nextTarget++], confidence: 1, sentences: [] })
  }
  /** Paragraphs from `next` that end by `position`, leaving an empty paragraph that starts there for later. */
  const take = (next: number, position: number, sentenceCounts: number[], paragraphEnds: number[]) => {
    const taken: number[] = []
    while (
      next < sentenceCounts.length &&
      paragraphEnds[next]! <= position &&
      !(sentenceCounts[next] === 0 && paragraphEnds[next] === position)
    )
      taken.push(next++)
    return taken
  }
  emitEmptyParagraphs()
  let group: AlignmentLink[] = []
  let sourcePosition = 0
  let targetPosition = 0
  for (const link of sentenceLinks) {
    group.push(link)
    sourcePosition += link.source.length
    targetPosition += link.target.length
    if (sourceBoundary[sourcePosition] !== 1 || targetBoundary[targetPosition] !== 1) continue
    const source = take(nextSource, sourcePosition, counts.source, sourceEnds)
    const target = take(nextTarget, targetPosition, counts.target, targetEnds)
    nextSource += source.length
    nextTarget += target.length
    if (source.length > 0 || target.length > 0)
      links.push({ source, target, confidence: Math.min(1, ...group.map((l) => l.confidence)), sentences: group })
    group = []
    emitEmptyParagraphs()
  }
  return links
}

function ends(counts: number[]): number[] {
  let position = 0
  return counts.map((count) => (position += count))
}

/**
 * Aligns the sentences of two paragraphed texts across the whole text, with paragraph ends as
 * evidence rather than walls, then derives the paragraph links from the sentence links.
 * `source[p]` holds the sentences of source paragraph p (an empty list for an empty paragraph).
 */
export function alignParagraphedSentences(
  source: string[][],
  target: string[][],
  options: Omit<AlignOptions, 'anchors' | 'paragraphs'> = {},
): DerivedParagraphLink[] {
  const counts = { source: source.map((s) => s.length), target: target.map((t) => t.length) }
  const flatSource = source.flat()
  const flatTarget = target.flat()
  const sentenceLinks =
    flatSource.length === 0 || flatTarget.length === 0
      ? [
          ...flatSource.map((_, k) => ({ source: [k], target: [], confidence: 1 })),
          ...flatTarget.map((_, k) => ({ source: [], target: [k], confidence: 1 })),
        ]
      : align(flatSource, flatTarget, { ...options, paragraphs: counts })
  return deriveParagraphLinks(sentenceLinks, counts)
}
