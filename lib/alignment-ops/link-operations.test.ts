import { describe, expect, test } from 'vitest'
import { applyLinkOperation, InvalidOperationError, type LinkOperation } from './link-operations'
import { applyPatch, diffLinks } from './link-patch'
import type { OpLink } from './types'
import { findCoverageProblem, linkType } from './validate-links'

const SOURCES = ['s0', 's1', 's2', 's3']
const TARGETS = ['t0', 't1', 't2', 't3', 't4']

/** Links from a compact spec: `[['s0'], ['t0','t1']]` per link, automatic and unconfirmed. */
function make(spec: Array<[string[], string[]]>): OpLink[] {
  return spec.map(([sources, targets], k) => ({
    id: `L${k}`,
    sources,
    targets,
    confidence: 0.9,
    confirmed: false,
    origin: 'auto',
  }))
}

const BASE = make([
  [['s0'], ['t0']],
  [['s1'], ['t1', 't2']],
  [['s2'], []],
  [['s3'], ['t3', 't4']],
])

function newIds() {
  let n = 0
  return () => `N${n++}`
}

const shape = (links: OpLink[]) => links.map((l) => `${l.sources.join('+')}:${l.targets.join('+')}`)

function run(operation: LinkOperation, links = BASE) {
  const after = applyLinkOperation(links, operation, newIds())
  expect(findCoverageProblem(after, SOURCES, TARGETS)).toBeNull()
  return after
}

describe('applyLinkOperation', () => {
  test('merge joins a link with the next one and marks it manual and unconfirmed', () => {
    const after = run({ op: 'merge', linkId: 'L1' })
    expect(shape(after)).toEqual(['s0:t0', 's1+s2:t1+t2', 's3:t3+t4'])
    expect(after[1]).toMatchObject({ id: 'L1', origin: 'manual', confidence: null, confirmed: false })
    expect(after[0]).toBe(BASE[0])
  })

  test('merge of the last link is refused', () => {
    expect(() => run({ op: 'merge', linkId: 'L3' })).toThrow(InvalidOperationError)
  })

  test('split divides a 1:2 link at the chosen target boundary into 1:1 and 0:1', () => {
    const after = run({ op: 'split', linkId: 'L1', sourceCount: 1, targetCount: 1 })
    expect(shape(after)).toEqual(['s0:t0', 's1:t1', ':t2', 's2:', 's3:t3+t4'])
    expect(after[2]?.id).toBe('N0')
  })

  test('split with nothing on one side of the boundary is refused', () => {
    expect(() => run({ op: 'split', linkId: 'L1', sourceCount: 0, targetCount: 0 })).toThrow(InvalidOperationError)
    expect(() => run({ op: 'split', linkId: 'L1', sourceCount: 1, targetCount: 3 })).toThrow(InvalidOperationError)
  })

  test('move-up moves the first target segment to the end of the previous link', () => {
    expect(shape(run({ op: 'move-up', linkId: 'L1', side: 'target' }))).toEqual([
      's0:t0+t1',
      's1:t2',
      's2:',
      's3:t3+t4',
    ])
  })

  test('move-up of the only content removes the emptied link', () => {
    const after = run({ op: 'move-up', linkId: 'L2', side: 'source' })
    expect(shape(after)).toEqual(['s0:t0', 's1+s2:t1+t2', 's3:t3+t4'])
    expect(after.map((l) => l.id)).toEqual(['L0', 'L1', 'L3'])
  })

  test('move-down moves the last target segment to the start of the next link, fixing a 1:2 next to a 1:0', () => {
    expect(shape(run({ op: 'move-down', linkId: 'L1', side: 'target' }))).toEqual([
      's0:t0',
      's1:t1',
      's2:t2',
      's3:t3+t4',
    ])
  })

  test('move-down from the last link creates a new link at the end', () => {
    expect(shape(run({ op: 'move-down', linkId: 'L3', side: 'target' }))).toEqual([
      's0:t0',
      's1:t1+t2',
      's2:',
      's3:t3',
      ':t4',
    ])
  })

  test('moving from an empty side is refused', () => {
    expect(() => run({ op: 'move-up', linkId: 'L0', side: 'source' })).toThrow(InvalidOperationError)
    expect(() => run({ op: 'move-down', linkId: 'L2', side: 'target' })).toThrow(InvalidOperationError)
  })

  test('no-counterpart splits a link into 1:0 and 0:1', () => {
    expect(shape(run({ op: 'no-counterpart', linkId: 'L0', side: 'source' }))).toEqual([
      's0:',
      ':t0',
      's1:t1+t2',
      's2:',
      's3:t3+t4',
    ])
    expect(shape(run({ op: 'no-counterpart', linkId: 'L0', side: 'target' }))).toEqual([
      ':t0',
      's0:',
      's1:t1+t2',
      's2:',
      's3:t3+t4',
    ])
    expect(() => run({ op: 'no-counterpart', linkId: 'L2', side: 'source' })).toThrow(InvalidOperationError)
  })

  test('shift down moves one side of the rest of the document down a row', () => {
    expect(shape(run({ op: 'shift', linkId: 'L1', side: 'target', direction: 'down' }))).toEqual([
      's0:t0',
      's1:',
      's2:t1+t2',
      's3:',
      ':t3+t4',
    ])
  })

  test('shift up moves one side of the rest of the document up a row', () => {
    expect(shape(run({ op: 'shift', linkId: 'L2', side: 'target', direction: 'up' }))).toEqual([
      's0:t0',
      's1:t1+t2',
      's2:t3+t4',
      's3:',
    ])
    expect(shape(run({ op: 'shift', linkId: 'L1', side: 'source', direction: 'up' }))).toEqual([
      's0+s1:t0',
      's2:t1+t2',
      's3:',
      ':t3+t4',
    ])
    expect(() => run({ op: 'shift', linkId: 'L0', side: 'source', direction: 'up' })).toThrow(InvalidOperationError)
  })

  test('confirm changes only the flag and keeps the aligner origin and confidence', () => {
    const after = run({ op: 'confirm', linkId: 'L1', confirmed: true })
    expect(after[1]).toMatchObject({ confirmed: true, origin: 'auto', confidence: 0.9 })
    expect(run({ op: 'confirm', linkId: 'L1', confirmed: false }, after)[1]?.confirmed).toBe(false)
  })

  test('confirm-above confirms every link up to and including the cursor', () => {
    expect(run({ op: 'confirm-above', linkId: 'L2' }).map((l) => l.confirmed)).toEqual([true, true, true, false])
  })

  test('an unknown link id is refused', () => {
    expect(() => run({ op: 'merge', linkId: 'nope' })).toThrow(InvalidOperationError)
  })
})

describe('findCoverageProblem', () => {
  test('accepts a complete ordered cover and rejects gaps, repeats, disorder and empty links', () => {
    expect(findCoverageProblem(BASE, SOURCES, TARGETS)).toBeNull()
    expect(findCoverageProblem(BASE.slice(1), SOURCES, TARGETS)).toMatch(/source/)
    expect(
      findCoverageProblem(
        make([
          [
            ['s0', 's1', 's2', 's3'],
            ['t1', 't0', 't2', 't3', 't4'],
          ],
        ]),
        SOURCES,
        TARGETS,
      ),
    ).toMatch(/target/)
    expect(
      findCoverageProblem([...BASE, { ...BASE[0]!, id: 'x', sources: [], targets: [] }], SOURCES, TARGETS),
    ).toMatch(/empty/)
    expect(findCoverageProblem([...BASE, BASE[0]!], SOURCES, TARGETS)).toMatch(/twice/)
  })
})

describe('linkType', () => {
  test('reads sources:targets', () => {
    expect(BASE.map(linkType)).toEqual(['1:1', '1:2', '1:0', '1:2'])
  })
})

describe('diffLinks and applyPatch', () => {
  const operations: LinkOperation[] = [
    { op: 'merge', linkId: 'L0' },
    { op: 'split', linkId: 'L3', sourceCount: 1, targetCount: 1 },
    { op: 'move-up', linkId: 'L1', side: 'target' },
    { op: 'move-down', linkId: 'L3', side: 'target' },
    { op: 'no-counterpart', linkId: 'L1', side: 'target' },
    { op: 'shift', linkId: 'L1', side: 'source', direction: 'down' },
    { op: 'confirm-above', linkId: 'L3' },
  ]

  test.each(operations)('$op: undo restores the links and redo replays them', (operation) => {
    const after = run(operation)
    const patch = diffLinks(BASE, after)
    expect(applyPatch(after, patch, { reverse: true })).toEqual(BASE)
    expect(applyPatch(BASE, patch)).toEqual(after)
  })

  test('a patch keeps only the changed window', () => {
    const patch = diffLinks(BASE, run({ op: 'confirm', linkId: 'L2', confirmed: true }))
    expect(patch.start).toBe(2)
    expect(patch.before.map((l) => l.id)).toEqual(['L2'])
    expect(patch.after.map((l) => l.confirmed)).toEqual([true])
  })

  test('a sequence of operations undone in reverse order returns to the start', () => {
    const ids = newIds()
    let links = BASE
    const sequence: LinkOperation[] = [
      { op: 'split', linkId: 'L3', sourceCount: 1, targetCount: 1 },
      { op: 'move-up', linkId: 'L1', side: 'target' },
      { op: 'no-counterpart', linkId: 'L0', side: 'target' },
      { op: 'shift', linkId: 'L2', side: 'source', direction: 'down' },
      { op: 'confirm-above', linkId: 'L3' },
      { op: 'merge', linkId: 'L0' },
    ]
    const patches = sequence.map((operation) => {
      const next = applyLinkOperation(links, operation, ids)
      const patch = diffLinks(links, next)
      links = next
      return patch
    })
    expect(findCoverageProblem(links, SOURCES, TARGETS)).toBeNull()
    for (const patch of [...patches].reverse()) links = applyPatch(links, patch, { reverse: true })
    expect(links).toEqual(BASE)
  })

  test('replaying a patch on links that changed since is refused', () => {
    const patch = diffLinks(BASE, run({ op: 'merge', linkId: 'L0' }))
    expect(() => applyPatch(BASE, patch, { reverse: true })).toThrow(/changed/)
  })
})
