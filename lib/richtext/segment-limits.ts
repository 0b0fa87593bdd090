import { AppError } from '../errors'
import type { RichDoc } from './types'

/**
 * The most one segment (a source paragraph or a target segment) may hold, checked on every way in:
 * saves, article and translation imports, exchange files and joins. Nodes are paragraphs, text runs
 * and line breaks. See docs/decisions/ for the figures behind them.
 */
export const SEGMENT_LIMITS = { characters: 1_000_000, nodes: 10_000 } as const

export type SegmentSize = { characters: number; nodes: number }

/** Characters (UTF-16 code units of text) and nodes (paragraphs, text runs, breaks) of a doc. */
export function measureDoc(doc: RichDoc): SegmentSize {
  let characters = 0
  let nodes = 0
  for (const paragraph of doc.content) {
    nodes++
    for (const node of paragraph.content ?? []) {
      nodes++
      if (node.type === 'text') characters += node.text.length
    }
  }
  return { characters, nodes }
}

/** Returns the doc when it fits in one segment; otherwise throws `segment.tooLarge` (413) naming the limits. */
export function checkSegmentSize<T extends RichDoc>(doc: T): T {
  const size = measureDoc(doc)
  if (size.characters > SEGMENT_LIMITS.characters || size.nodes > SEGMENT_LIMITS.nodes)
    throw new AppError('segment.tooLarge', {
      ...size,
      maxCharacters: SEGMENT_LIMITS.characters,
      maxNodes: SEGMENT_LIMITS.nodes,
    })
  return doc
}
