import { InvalidOperationError } from './link-operations'
import type { OpLink } from './types'

/**
 * The target segments in text order after a join, a split or their undo. Segments that stay keep their
 * place; a new one goes right after the nearest earlier segment of its link, or before the nearest later one.
 */
export function orderTargets(current: string[], change: { removed: string[]; added: string[] }, links: OpLink[]): string[] {
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
      else throw new InvalidOperationError(`segment ${id} has no neighbour in its link`)
    }
  }
  return order
}
