import type { LinkPatch, OpLink } from './types'

const sameLink = (a: OpLink, b: OpLink) =>
  a.id === b.id &&
  a.confirmed === b.confirmed &&
  a.origin === b.origin &&
  a.confidence === b.confidence &&
  a.sources.join('\u0000') === b.sources.join('\u0000') &&
  a.targets.join('\u0000') === b.targets.join('\u0000')

/** The smallest window of links that differs between two lists (common head and tail left out). */
export function diffLinks(before: OpLink[], after: OpLink[]): LinkPatch {
  let start = 0
  while (start < before.length && start < after.length && sameLink(before[start]!, after[start]!)) start++
  let tail = 0
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    sameLink(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)
  )
    tail++
  return { start, before: before.slice(start, before.length - tail), after: after.slice(start, after.length - tail) }
}

/** Replays a patch (redo), or with `reverse` takes it back (undo). */
export function applyPatch(
  links: OpLink[],
  patch: LinkPatch,
  { reverse = false }: { reverse?: boolean } = {},
): OpLink[] {
  const [removed, added] = reverse ? [patch.after, patch.before] : [patch.before, patch.after]
  const current = links.slice(patch.start, patch.start + removed.length)
  if (current.length !== removed.length || current.some((link, k) => !sameLink(link, removed[k]!))) {
    throw new Error('the links changed since this operation; it cannot be replayed')
  }
  return [...links.slice(0, patch.start), ...added, ...links.slice(patch.start + removed.length)]
}
