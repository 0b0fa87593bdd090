import { describe, expect, test } from 'vitest'
import { nextWaiting, reviewOrder, sortByOrder } from './review-order'

type Row = { id: string; status: string }
const rows: Row[] = [
  { id: 'a', status: 'draft' },
  { id: 'b', status: 'translated' },
  { id: 'c', status: 'approved' },
  { id: 'd', status: 'translated' },
]
const isWaiting = (row: Row) => row.status === 'translated'

describe('reviewOrder', () => {
  test('puts rows waiting for review first, each group in document order', () => {
    expect(reviewOrder(rows, (r) => r.id, isWaiting)).toEqual(['b', 'd', 'a', 'c'])
  })
})

describe('sortByOrder', () => {
  test('keeps a frozen order while statuses change, unknown rows last', () => {
    const sorted = sortByOrder([...rows, { id: 'e', status: 'empty' }], (r) => r.id, ['b', 'd', 'a', 'c'])
    expect(sorted.map((r) => r.id)).toEqual(['b', 'd', 'a', 'c', 'e'])
  })
})

describe('nextWaiting', () => {
  test('finds the next waiting row after the current one, wrapping round, and -1 when none is left', () => {
    expect(nextWaiting(rows, 1, isWaiting)).toBe(3)
    expect(nextWaiting(rows, 3, isWaiting)).toBe(1)
    expect(nextWaiting(rows, -1, isWaiting)).toBe(1)
    expect(nextWaiting([rows[1]!], 0, isWaiting)).toBe(-1)
    expect(nextWaiting([], 0, isWaiting)).toBe(-1)
  })
})
