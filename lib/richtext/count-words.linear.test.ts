import { describe, expect, test } from 'vitest'
import { countWords } from './doc-to-text'

// Issue #8 (8): Intl.Segmenter in V8 copies the whole input for every segment it yields, so
// counting the words of one long paragraph was quadratic (20,000 words: 26 s).
describe('countWords on long paragraphs', () => {
  test('counts 200,000 words in one paragraph', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => (i % 12 === 11 ? `word${i}.` : `word${i}`)).join(' ')
    expect(countWords(text)).toBe(200_000)
  })

  test('counts Korean, Japanese and Latin words the same in a long text as in a short one', () => {
    const sample = '나는 학생입니다. 東京に行きました。 I am here, aren’t I? ⟦<img/>⟧ 42 '
    const long = sample.repeat(5_000)
    expect(countWords(long)).toBe(countWords(sample) * 5_000)
  })
})
