import { describe, expect, test } from 'vitest'
import { alignSentencesInLinks, type SentencePair } from './sentence-links'
import { sentencePairState } from './sentence-pair-state'

describe('sentencePairState', () => {
  const auto = { confirmed: false, origin: 'auto' }

  test('a sentence left without counterpart by its link says so, with no percentage', () => {
    const [noTarget, noSource] = alignSentencesInLinks(
      [{ id: 'p', text: 'Nobody asked a question.' }],
      [{ id: 'g', text: 'Никто не задал вопроса.' }],
      [
        { source: [0], target: [] },
        { source: [], target: [0] },
      ],
      { sourceLang: 'en', targetLang: 'ru' },
    )
    const stateOf = (pair: SentencePair | undefined) =>
      sentencePairState({
        ...auto,
        sourceText: pair!.source.map((s) => s.text).join(' '),
        targetText: pair!.target.map((s) => s.text).join(' '),
        confidence: pair!.confidence,
      })
    expect(stateOf(noTarget?.[0])).toEqual({ kind: 'noCounterpart' })
    expect(stateOf(noSource?.[0])).toEqual({ kind: 'noCounterpart' })
  })

  test('an automatic pair shows the posterior the aligner gave it, 1:0 included', () => {
    expect(sentencePairState({ ...auto, sourceText: 'A.', targetText: 'Б.', confidence: 0.8 })).toEqual({
      kind: 'automatic',
      confidence: 0.8,
    })
    expect(sentencePairState({ ...auto, sourceText: 'A.', targetText: '', confidence: 0.6 })).toEqual({
      kind: 'automatic',
      confidence: 0.6,
    })
  })

  test('confirmed and person-made pairs say so whatever their confidence', () => {
    const pair = { sourceText: 'A.', targetText: '', confidence: null }
    expect(sentencePairState({ ...pair, confirmed: true, origin: 'manual' })).toEqual({ kind: 'confirmed' })
    expect(sentencePairState({ ...pair, confirmed: false, origin: 'manual' })).toEqual({ kind: 'unconfirmed' })
  })
})
