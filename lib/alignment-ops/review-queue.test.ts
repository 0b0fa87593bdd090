import { describe, expect, test } from 'vitest'
import { alignmentQuality, reviewQueue } from './review-queue'
import type { OpLink } from './types'

const link = (id: string, confidence: number | null, confirmed = false, origin: OpLink['origin'] = 'auto') => ({
  id,
  confidence,
  confirmed,
  origin,
})

describe('reviewQueue', () => {
  test('lists unconfirmed automatic links, least confident first', () => {
    expect(
      reviewQueue([
        link('a', 0.9),
        link('b', 0.2),
        link('c', 0.1, true),
        link('d', null, false, 'manual'),
        link('e', 0.2),
      ]),
    ).toEqual(['b', 'e', 'a'])
  })
})

describe('alignmentQuality', () => {
  test('counts kept automatic links against links people changed', () => {
    expect(
      alignmentQuality([
        link('a', 0.9, true),
        link('b', 0.8, true),
        link('c', 0.7, true),
        link('d', null, true, 'manual'),
        link('e', 0.5),
      ]),
    ).toEqual({ confirmed: 4, autoKept: 3, changed: 1, precision: 0.75 })
  })

  test('has no estimate before anyone has reviewed a link', () => {
    expect(alignmentQuality([link('a', 0.9)]).precision).toBeNull()
  })
})
