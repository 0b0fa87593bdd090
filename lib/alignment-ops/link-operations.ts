import type { NewId, OpLink, Side } from './types'

/** An edit of the link list that needs nothing but the links themselves. */
export type LinkOperation =
  | { op: 'merge'; linkId: string }
  | { op: 'split'; linkId: string; sourceCount: number; targetCount: number }
  | { op: 'move-up'; linkId: string; side: Side }
  | { op: 'move-down'; linkId: string; side: Side }
  | { op: 'no-counterpart'; linkId: string; side: Side }
  | { op: 'shift'; linkId: string; side: Side; direction: 'up' | 'down' }
  | { op: 'confirm'; linkId: string; confirmed?: boolean }
  | { op: 'confirm-above'; linkId: string }

/** Thrown when an operation does not apply to the links as they are (a UI bug or a stale client). */
export class InvalidOperationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidOperationError'
  }
}

const keyOf = (side: Side) => (side === 'source' ? 'sources' : 'targets')

/** A link whose content a person changed: it is manual and no longer has an aligner confidence. */
function edited(link: OpLink, sources: string[], targets: string[]): OpLink {
  return { ...link, sources, targets, confidence: null, confirmed: false, origin: 'manual' }
}

function withSide(link: OpLink, side: Side, ids: string[]): OpLink {
  return side === 'source' ? edited(link, ids, link.targets) : edited(link, link.sources, ids)
}

const isEmpty = (link: OpLink) => link.sources.length === 0 && link.targets.length === 0

function indexOf(links: OpLink[], linkId: string): number {
  const index = links.findIndex((l) => l.id === linkId)
  if (index < 0) throw new InvalidOperationError(`no link ${linkId}`)
  return index
}

function merge(links: OpLink[], at: number): OpLink[] {
  const link = links[at]!
  const next = links[at + 1]
  if (!next) throw new InvalidOperationError('the last link has no next link to merge with')
  return [
    ...links.slice(0, at),
    edited(link, [...link.sources, ...next.sources], [...link.targets, ...next.targets]),
    ...links.slice(at + 2),
  ]
}

function split(links: OpLink[], at: number, sourceCount: number, targetCount: number, newId: NewId): OpLink[] {
  const link = links[at]!
  const valid = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max
  if (!valid(sourceCount, link.sources.length) || !valid(targetCount, link.targets.length))
    throw new InvalidOperationError('split boundary outside the link')
  const first = edited(link, link.sources.slice(0, sourceCount), link.targets.slice(0, targetCount))
  const second = edited({ ...link, id: newId() }, link.sources.slice(sourceCount), link.targets.slice(targetCount))
  if (isEmpty(first) || isEmpty(second))
    throw new InvalidOperationError('a split must leave something on each side of the boundary')
  return [...links.slice(0, at), first, second, ...links.slice(at + 1)]
}

function moveUp(links: OpLink[], at: number, side: Side): OpLink[] {
  const key = keyOf(side)
  const link = links[at]!
  const previous = links[at - 1]
  const [first, ...rest] = link[key]
  if (!previous || first === undefined) throw new InvalidOperationError('nothing to move up')
  const result = [...links]
  result[at - 1] = withSide(previous, side, [...previous[key], first])
  result[at] = withSide(link, side, rest)
  return result.filter((l) => !isEmpty(l))
}

function moveDown(links: OpLink[], at: number, side: Side, newId: NewId): OpLink[] {
  const key = keyOf(side)
  const link = links[at]!
  const last = link[key].at(-1)
  if (last === undefined) throw new InvalidOperationError('nothing to move down')
  const result = [...links]
  result[at] = withSide(link, side, link[key].slice(0, -1))
  const next = links[at + 1]
  if (next) result[at + 1] = withSide(next, side, [last, ...next[key]])
  else result.push(withSide({ ...link, id: newId(), sources: [], targets: [] }, side, [last]))
  return result.filter((l) => !isEmpty(l))
}

/** The link keeps only `side`, which thus has no counterpart; the other side becomes its own link right after. */
function noCounterpart(links: OpLink[], at: number, side: Side, newId: NewId): OpLink[] {
  const link = links[at]!
  const other: Side = side === 'source' ? 'target' : 'source'
  if (link[keyOf(side)].length === 0 || link[keyOf(other)].length === 0)
    throw new InvalidOperationError('the link already has one empty side')
  const kept = withSide(link, other, [])
  const rest = withSide({ ...link, id: newId() }, side, [])
  return [...links.slice(0, at), kept, rest, ...links.slice(at + 1)]
}

/** Moves one side of every link from `at` on by one row, leaving the other side where it is. */
function shift(links: OpLink[], at: number, side: Side, direction: 'up' | 'down', newId: NewId): OpLink[] {
  const key = keyOf(side)
  const groups = links.map((l) => l[key])
  const result = [...links]
  if (direction === 'down') {
    const moved = [[], ...groups.slice(at)]
    for (let k = at; k < links.length; k++) result[k] = withSide(links[k]!, side, moved[k - at]!)
    const spill = moved.at(-1)!
    if (spill.length > 0)
      result.push(withSide({ ...links.at(-1)!, id: newId(), sources: [], targets: [] }, side, spill))
  } else {
    if (at === 0) throw new InvalidOperationError('the first link cannot shift up')
    result[at - 1] = withSide(links[at - 1]!, side, [...groups[at - 1]!, ...groups[at]!])
    for (let k = at; k < links.length; k++) result[k] = withSide(links[k]!, side, groups[k + 1] ?? [])
  }
  return result.filter((l) => !isEmpty(l))
}

/** Applies one operation and returns the new link list; the input is not changed. */
export function applyLinkOperation(links: OpLink[], operation: LinkOperation, newId: NewId): OpLink[] {
  const at = indexOf(links, operation.linkId)
  switch (operation.op) {
    case 'merge':
      return merge(links, at)
    case 'split':
      return split(links, at, operation.sourceCount, operation.targetCount, newId)
    case 'move-up':
      return moveUp(links, at, operation.side)
    case 'move-down':
      return moveDown(links, at, operation.side, newId)
    case 'no-counterpart':
      return noCounterpart(links, at, operation.side, newId)
    case 'shift':
      return shift(links, at, operation.side, operation.direction, newId)
    case 'confirm':
      return links.map((l, k) => (k === at ? { ...l, confirmed: operation.confirmed ?? true } : l))
    case 'confirm-above':
      return links.map((l, k) => (k <= at && !l.confirmed ? { ...l, confirmed: true } : l))
  }
}
