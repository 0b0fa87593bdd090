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
  const para = (id: string, sources: number, confirmed: boolean, origin: OpLink['origin'] = 'auto') => ({
    ...link(id, origin === 'auto' ? 0.9 : null, confirmed, origin),
    sources: Array.from({ length: sources }, (_, k) => `${id}${k}`),
  })

  test('17 right paragraph links and one split by hand read 17 of 18 paragraphs (94%), not 89%', () => {
    const links = [
      ...Array.from({ length: 8 }, (_, k) => para(`a${k}`, 1, true)),
      // The aligner's 1:2 was wrong: split into a 1:1 and a 0:1, two changed links for one paragraph.
      para('fixed', 1, false, 'manual'),
      para('alone', 0, false, 'manual'),
      ...Array.from({ length: 9 }, (_, k) => para(`b${k}`, 1, true)),
    ]
    const quality = alignmentQuality(links)
    expect(quality).toEqual({ checked: 18, right: 17, share: 17 / 18 })
    expect(Math.round(quality.share! * 100)).toBe(94)
  })

  test('one fix and one confirmation early in a review read 1 of 2 paragraphs (50%), not 33%', () => {
    expect(
      alignmentQuality([
        para('fixed', 1, false, 'manual'),
        para('alone', 0, false, 'manual'),
        para('kept', 1, true),
        ...Array.from({ length: 15 }, (_, k) => para(`u${k}`, 1, false)),
      ]),
    ).toEqual({ checked: 2, right: 1, share: 0.5 })
  })

  test("counts paragraphs: a confirmed 2:1 is two right paragraphs; imported links are not the aligner's", () => {
    expect(
      alignmentQuality([para('two', 2, true), para('changed', 1, true, 'manual'), para('tmx', 3, true, 'init')]),
    ).toEqual({ checked: 3, right: 2, share: 2 / 3 })
  })

  test('has no estimate before anyone has reviewed a link', () => {
    expect(alignmentQuality([para('a', 1, false)]).share).toBeNull()
  })
})
