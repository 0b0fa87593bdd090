import { describe, expect, test } from 'vitest'
import { summarizeQuality } from './quality-report'

const anna = { id: 'u1', name: 'Анна' }
const boris = { id: 'u2', name: 'Борис' }

describe('summarizeQuality', () => {
  test('adds up words and marks per language and per translator', () => {
    const report = summarizeQuality(
      ['ru', 'ko'],
      [
        { lang: 'ru', translator: anna, words: 30, marks: ['major'] },
        { lang: 'ru', translator: anna, words: 20, marks: [] },
        { lang: 'ru', translator: boris, words: 10, marks: ['minor', 'minor'] },
        { lang: 'ru', translator: null, words: 40, marks: [] },
      ],
    )
    const [ru, ko] = report
    expect(ru).toMatchObject({
      lang: 'ru',
      words: 100,
      marks: { minor: 2, major: 1, critical: 0 },
      penalty: 7,
      score: 93,
    })
    expect(ru!.translators).toEqual([
      { translator: anna, words: 50, marks: { minor: 0, major: 1, critical: 0 }, penalty: 5, score: 90 },
      { translator: boris, words: 10, marks: { minor: 2, major: 0, critical: 0 }, penalty: 2, score: 80 },
      { translator: null, words: 40, marks: { minor: 0, major: 0, critical: 0 }, penalty: 0, score: 100 },
    ])
    expect(ko).toEqual({
      lang: 'ko',
      words: 0,
      marks: { minor: 0, major: 0, critical: 0 },
      penalty: 0,
      score: null,
      translators: [],
    })
  })
})
