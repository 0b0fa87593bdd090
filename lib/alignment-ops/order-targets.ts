import type { OpLink } from './types'

/**
 * The target segments in text order after a join, a split or their undo. Segments that stay keep their
 * place; a new one goes right after the nearest earlier segment of its link, or before the nearest later one,
 * or, alone in its link, right after the segments of the links before it.
 */
export function orderTargets(
  current: string[],
  change: { removed: string[]; added: string[] },
  links: OpLink[],
): string[] {
  const removed = new Set(change.removed)
  const order = current.filter((id) => !removed.has(id))
  const added = new Set(change.added)
  for (const link of links) {
    for (const [k, id] of link.targets.entries()) {
      if (!added.has(id)) continue
      const before = link.targets.slice(0, k).findLast((other) => order.includes(other))
      const after = link.targets.slice(k + 1).find((other) => order.includes(other))
      if (before !== undefined) order.splice(order.indexOf(before) + 1, 0, id)
      else if (after !== undefined) order.splice(order.indexOf(after), 0, id)
      else {
        // Alone in its link (a paragraph given its first segment): after the nearest earlier link's last segment.
        const index = links.indexOf(link)
        const previous = links
          .slice(0, index)
          .flatMap((l) => l.targets)
          .findLast((other) => order.includes(other))
        const next = links
          .slice(index + 1)
          .flatMap((l) => l.targets)
          .find((other) => order.includes(other))
        if (previous !== undefined) order.splice(order.indexOf(previous) + 1, 0, id)
        else if (next !== undefined) order.splice(order.indexOf(next), 0, id)
        else order.unshift(id)
      }
    }
  }
  return order
}
