import type { OpLink } from './types'

/**
 * Checks that the links cover every source paragraph and target segment exactly once and in order,
 * and that no link is empty on both sides. Returns the first problem found, or null.
 */
export function findCoverageProblem(links: OpLink[], sourceIds: string[], targetIds: string[]): string | null {
  const seen = new Set<string>()
  for (const [index, link] of links.entries()) {
    if (link.sources.length === 0 && link.targets.length === 0) return `link ${index} is empty`
    if (seen.has(link.id)) return `link id ${link.id} is used twice`
    seen.add(link.id)
  }
  const sources = links.flatMap((l) => l.sources)
  const targets = links.flatMap((l) => l.targets)
  if (sources.join('\u0000') !== sourceIds.join('\u0000'))
    return 'source paragraphs are not covered exactly once in order'
  if (targets.join('\u0000') !== targetIds.join('\u0000'))
    return 'target segments are not covered exactly once in order'
  return null
}

/** The link type as people read it: `1:1`, `1:2`, `1:0` ... */
export function linkType(link: Pick<OpLink, 'sources' | 'targets'>): string {
  return `${link.sources.length}:${link.targets.length}`
}
