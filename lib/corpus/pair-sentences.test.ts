import { describe, expect, test } from 'vitest'
import { joinSentences, pairSentences } from './pair-sentences'

describe('pairSentences', () => {
  test('a pair per sentence link, the sentences of a 1:2 link joined', () => {
    const source = [['Der Hund schläft.', 'Er träumt von Knochen.'], ['Im Jahr 1990 regnete es 300 Tage.']]
    const target = [
      ['Le chien dort.', 'Il rêve d’os.'],
      ['Une phrase de plus.', 'En 1990, il a plu 300 jours.'],
    ]
    const { pairs, unpaired } = pairSentences(source, target, { sourceLang: 'de', targetLang: 'fr' })
    expect(pairs.map((p) => [p.source, p.target])).toEqual([
      ['Der Hund schläft.', 'Le chien dort.'],
      ['Er träumt von Knochen.', 'Il rêve d’os.'],
      ['Im Jahr 1990 regnete es 300 Tage.', 'Une phrase de plus. En 1990, il a plu 300 jours.'],
    ])
    expect(unpaired).toBe(0)
    expect(pairs.every((p) => p.confidence > 0 && p.confidence <= 1)).toBe(true)
  })

  test('an empty side leaves every sentence unpaired', () => {
    expect(pairSentences([['Ein Satz.', 'Noch einer.']], [[]], { sourceLang: 'de', targetLang: 'fr' })).toEqual({
      pairs: [],
      unpaired: 2,
    })
  })

  test('joins the sentences of a 2:1 link with a space, or none in Japanese and Chinese', () => {
    expect(joinSentences(['One.', 'Two.'], 'en')).toBe('One. Two.')
    expect(joinSentences(['一。', '二。'], 'ja-JP')).toBe('一。二。')
  })
})
