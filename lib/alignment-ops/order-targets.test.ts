import { describe, expect, test } from 'vitest'
import { orderTargets } from './order-targets'
import type { OpLink } from './types'

const link = (id: string, targets: string[]): OpLink => ({
  id,
  sources: [`s-${id}`],
  targets,
  confidence: null,
  confirmed: false,
  origin: 'manual',
})

describe('orderTargets', () => {
  test('a split half goes right after the segment it came from, whatever its old place was', () => {
    expect(
      orderTargets(['a', 'b', 'c'], { removed: [], added: ['x'] }, [
        link('L0', ['a']),
        link('L1', ['b', 'x']),
        link('L2', ['c']),
      ]),
    ).toEqual(['a', 'b', 'x', 'c'])
  })

  test('a segment first in its link goes before the one after it', () => {
    expect(
      orderTargets(['a', 'b', 'c'], { removed: [], added: ['x'] }, [
        link('L0', ['a']),
        link('L1', ['x', 'b']),
        link('L2', ['c']),
      ]),
    ).toEqual(['a', 'x', 'b', 'c'])
  })

  test('a joined segment leaves the order and the others keep theirs', () => {
    expect(orderTargets(['a', 'b', 'c'], { removed: ['b'], added: [] }, [link('L0', ['a', 'c'])])).toEqual(['a', 'c'])
  })

  test('several new segments in one link keep the link order', () => {
    expect(
      orderTargets(['a', 'c'], { removed: [], added: ['x', 'y'] }, [link('L0', ['a', 'x', 'y']), link('L1', ['c'])]),
    ).toEqual(['a', 'x', 'y', 'c'])
  })

  test('a new segment alone in its link goes after the segments of the links before it, or first', () => {
    expect(
      orderTargets(['a', 'c'], { removed: [], added: ['x'] }, [
        link('L0', ['a']),
        link('L1', ['x']),
        link('L2', ['c']),
      ]),
    ).toEqual(['a', 'x', 'c'])
    expect(
      orderTargets(['a', 'c'], { removed: [], added: ['x'] }, [
        link('L0', []),
        link('L1', ['x']),
        link('L2', ['a', 'c']),
      ]),
    ).toEqual(['x', 'a', 'c'])
    expect(orderTargets([], { removed: [], added: ['x'] }, [link('L0', ['x'])])).toEqual(['x'])
  })
})
