import { alignRegions } from './align-regions'
import { buildProblem } from './build-problem'
import type { Region } from './find-skeleton'

export type AlignmentLink = { source: number[]; target: number[]; confidence: number }
export type AlignOptions = {
  sourceLang?: string
  targetLang?: string
  /** Term pairs [source term, target term]; a pair found on both sides of a link is strong evidence. */
  glossary?: Array<[string, string]>
  /** Confirmed pairs of segments: the links through them are kept as they are. */
  anchors?: Array<{ source: number; target: number }>
  /**
   * When the segments are the sentences of paragraphed texts: how many sentences each paragraph has,
   * on each side (sums equal the segment counts). Paragraph ends are then evidence, not walls.
   */
  paragraphs?: { source: number[]; target: number[] }
  onProgress?: (fraction: number) => void
}

type FixedLink = { source: number[]; target: number[] }

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k)

/** Groups anchor pairs that share a segment into fixed links, and checks that they do not cross. */
function fixedLinks(anchors: Array<{ source: number; target: number }>, n: number, m: number): FixedLink[] {
  const groups: Array<{ sources: Set<number>; targets: Set<number> }> = []
  for (const { source, target } of [...anchors].sort((p, q) => p.source - q.source || p.target - q.target)) {
    if (
      !Number.isInteger(source) ||
      !Number.isInteger(target) ||
      source < 0 ||
      source >= n ||
      target < 0 ||
      target >= m
    ) {
      throw new RangeError(`anchor ${source}:${target} is outside the texts`)
    }
    const last = groups[groups.length - 1]
    if (last && (last.sources.has(source) || last.targets.has(target))) {
      last.sources.add(source)
      last.targets.add(target)
    } else groups.push({ sources: new Set([source]), targets: new Set([target]) })
  }
  const links = groups.map((group) => {
    const sources = [...group.sources].sort((x, y) => x - y)
    const targets = [...group.targets].sort((x, y) => x - y)
    return {
      source: range(sources[0]!, sources[sources.length - 1]! + 1),
      target: range(targets[0]!, targets[targets.length - 1]! + 1),
    }
  })
  links.forEach((link, k) => {
    const previous = links[k - 1]
    if (previous && (link.source[0]! <= previous.source.at(-1)! || link.target[0]! <= previous.target.at(-1)!)) {
      throw new RangeError('anchors cross or overlap each other')
    }
  })
  return links
}

/** The free regions between fixed links. */
function freeRegions(fixed: FixedLink[], n: number, m: number): Region[] {
  const regions: Region[] = []
  let source = 0
  let target = 0
  for (const link of [...fixed, { source: [n], target: [m] }]) {
    regions.push({ sourceStart: source, sourceEnd: link.source[0]!, targetStart: target, targetEnd: link.target[0]! })
    source = link.source.at(-1)! + 1
    target = link.target.at(-1)! + 1
  }
  return regions
}

/**
 * Aligns two lists of segments (sentences or paragraphs) in order: every segment ends up in exactly
 * one link, 1:0 and 0:1 included, and each link carries its posterior probability as confidence.
 */
export function align(source: string[], target: string[], options: AlignOptions = {}): AlignmentLink[] {
  const report = options.onProgress ?? (() => undefined)
  const { paragraphs } = options
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0)
  if (paragraphs && (sum(paragraphs.source) !== source.length || sum(paragraphs.target) !== target.length)) {
    throw new RangeError('paragraph sentence counts do not add up to the segments')
  }
  const problem = buildProblem(source, target, options.glossary, paragraphs)
  const fixed = fixedLinks(options.anchors ?? [], source.length, target.length)
  const regions = freeRegions(fixed, source.length, target.length)
  report(0.1)
  const aligned = alignRegions(problem, regions, report)
  return regions.flatMap((_, k) => {
    const anchor = fixed[k]
    return anchor ? [...aligned[k]!, { ...anchor, confidence: 1 }] : aligned[k]!
  })
}
