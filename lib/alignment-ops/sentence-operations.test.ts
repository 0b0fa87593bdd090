import { describe, expect, test } from 'vitest'
import { InvalidOperationError } from './link-operations'
import {
  applySentenceOperation,
  findSentenceCoverageProblem,
  type EditablePair,
  type SentenceOperation,
} from './sentence-operations'
import type { SentenceSpan } from './split-units'

// Source paragraph p0 has sentences a b c; target segments g0 (x y) and g1 (z).
const span = (id: string, k: number, text: string): SentenceSpan => ({ id, start: k * 10, end: k * 10 + 5, text })
const S = { a: span('p0', 0, 'a'), b: span('p0', 1, 'b'), c: span('p0', 2, 'c') }
const T = { x: span('g0', 0, 'x'), y: span('g0', 1, 'y'), z: span('g1', 0, 'z') }
const SENTENCES = { source: [S.a, S.b, S.c], target: [T.x, T.y, T.z] }

/** Pairs from a compact spec: 'ab:xy' is a pair of source a, b and target x, y; automatic and unconfirmed. */
function make(spec: string): EditablePair[] {
  return spec.split(' ').map((p) => {
    const [s = '', t = ''] = p.split(':')
    return {
      source: [...s].map((k) => S[k as keyof typeof S]),
      target: [...t].map((k) => T[k as keyof typeof T]),
      confidence: 0.8,
      confirmed: false,
      origin: 'auto' as const,
    }
  })
}
const shape = (pairs: EditablePair[]) =>
  pairs.map((p) => `${p.source.map((x) => x.text).join('')}:${p.target.map((x) => x.text).join('')}`).join(' ')

const BASE = make('a:x b:yz c:')
type WithoutLink<T> = T extends unknown ? Omit<T, 'linkId'> : never
const op = (o: WithoutLink<SentenceOperation>) => ({ ...o, linkId: 'L' }) as SentenceOperation

describe('applySentenceOperation', () => {
  test.each([
    ['merge with the next pair', op({ op: 'sentence-merge', index: 0, with: 'next' }), 'ab:xyz c:', [0]],
    ['merge with the previous pair', op({ op: 'sentence-merge', index: 2, with: 'previous' }), 'a:x bc:yz', [1]],
    [
      'split at a source and a target boundary',
      op({ op: 'sentence-split', index: 1, sourceCount: 1, targetCount: 1 }),
      'a:x b:y :z c:',
      [1, 2],
    ],
    [
      'split into 1:0 and 0:n',
      op({ op: 'sentence-split', index: 1, sourceCount: 1, targetCount: 0 }),
      'a:x b: :yz c:',
      [1, 2],
    ],
    [
      'move the first target sentence up',
      op({ op: 'sentence-move-up', index: 1, side: 'target' }),
      'a:xy b:z c:',
      [0, 1],
    ],
    [
      'move the last target sentence down',
      op({ op: 'sentence-move-down', index: 1, side: 'target' }),
      'a:x b:y c:z',
      [1, 2],
    ],
    [
      'move the first source sentence up',
      op({ op: 'sentence-move-up', index: 1, side: 'source' }),
      'ab:x :yz c:',
      [0, 1],
    ],
    [
      'move the last source sentence down',
      op({ op: 'sentence-move-down', index: 0, side: 'source' }),
      ':x ab:yz c:',
      [0, 1],
    ],
    [
      'move a sentence down past the last pair',
      op({ op: 'sentence-move-down', index: 2, side: 'source' }),
      'a:x b:yz c:',
      [2],
    ],
    [
      'detach the source (1:0)',
      op({ op: 'sentence-no-counterpart', index: 0, side: 'source' }),
      'a: :x b:yz c:',
      [0, 1],
    ],
    [
      'detach the target (0:1)',
      op({ op: 'sentence-no-counterpart', index: 0, side: 'target' }),
      ':x a: b:yz c:',
      [0, 1],
    ],
  ])('%s', (_, operation, expected, editedAt) => {
    const after = applySentenceOperation(BASE, operation)
    expect(shape(after)).toBe(expected)
    expect(findSentenceCoverageProblem(after, SENTENCES)).toBeNull()
    for (const k of editedAt) expect(after[k]).toMatchObject({ origin: 'manual', confirmed: true, confidence: null })
    // Pairs the edit did not touch stay as they were.
    for (const [k, pair] of after.entries()) if (!editedAt.includes(k)) expect(pair.origin).toBe('auto')
    expect(shape(BASE)).toBe('a:x b:yz c:')
  })

  test('confirm and unconfirm change only the confirmation', () => {
    const confirmed = applySentenceOperation(BASE, op({ op: 'sentence-confirm', index: 1, confirmed: true }))
    expect(confirmed[1]).toMatchObject({ confirmed: true, origin: 'auto', confidence: 0.8 })
    const back = applySentenceOperation(confirmed, op({ op: 'sentence-confirm', index: 1, confirmed: false }))
    expect(back[1]).toMatchObject({ confirmed: false })
    expect(shape(back)).toBe(shape(BASE))
  })

  test.each([
    ['merge the last pair with a next one', op({ op: 'sentence-merge', index: 2, with: 'next' })],
    ['merge the first pair with a previous one', op({ op: 'sentence-merge', index: 0, with: 'previous' })],
    ['split with nothing after the boundary', op({ op: 'sentence-split', index: 1, sourceCount: 1, targetCount: 2 })],
    ['split with nothing before the boundary', op({ op: 'sentence-split', index: 1, sourceCount: 0, targetCount: 0 })],
    ['split outside the pair', op({ op: 'sentence-split', index: 1, sourceCount: 2, targetCount: 0 })],
    ['move up from the first pair', op({ op: 'sentence-move-up', index: 0, side: 'target' })],
    ['move a target down from a pair without one', op({ op: 'sentence-move-down', index: 2, side: 'target' })],
    ['detach a pair that is already 1:0', op({ op: 'sentence-no-counterpart', index: 2, side: 'source' })],
    ['a pair that does not exist', op({ op: 'sentence-confirm', index: 3, confirmed: true })],
    ['a negative index', op({ op: 'sentence-confirm', index: -1, confirmed: true })],
  ])('refuses to %s', (_, operation) => {
    expect(() => applySentenceOperation(BASE, operation)).toThrow(InvalidOperationError)
  })
})

describe('findSentenceCoverageProblem', () => {
  test.each([
    ['a sentence left out', make('a:x b:y c:'), 'target sentences'],
    ['a sentence twice', make('a:x ab:yz c:'), 'source sentences'],
    ['sentences out of order', make('b:x a:yz c:'), 'source sentences'],
    ['an empty pair', [...make('a:x b:yz c:'), ...make(':')], 'is empty'],
  ])('finds %s', (_, pairs, problem) => {
    expect(findSentenceCoverageProblem(pairs, SENTENCES)).toContain(problem)
  })

  test('accepts every sentence once and in order', () => {
    expect(findSentenceCoverageProblem(BASE, SENTENCES)).toBeNull()
  })
})
