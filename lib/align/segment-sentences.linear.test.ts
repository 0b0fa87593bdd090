import { describe, expect, test } from 'vitest'
import { segmentSentences } from './segment-sentences'

// Issue #8 (8): one paragraph of 40,000 words took 12.6 s to import, 100,000 words over a minute.
describe('segmentSentences on one long paragraph', () => {
  test('splits a 200,000-word paragraph into its 20,000 sentences', () => {
    const sentences = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} has exactly ten words in it, doesn't it?`)
    expect(segmentSentences(sentences.join(' '), 'en')).toEqual(sentences)
  })

  test('100,000 initials in a row stay one sentence', () => {
    const text = `Names ${'A. '.repeat(100_000)}end here.`
    expect(segmentSentences(text, 'en')).toEqual([text])
  })
})
