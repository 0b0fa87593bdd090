import { describe, expect, test } from 'vitest'
import { countAlignmentMatches, scoreAlignment, scoresFromCounts, sumAlignmentCounts } from './score-alignment'

const gold = [
  { source: [0], target: [0] },
  { source: [1, 2], target: [1] },
  { source: [], target: [2] },
  { source: [3], target: [3] },
]

describe('scoreAlignment', () => {
  test('gives 1 everywhere for the gold itself', () => {
    const perfect = { precision: 1, recall: 1, f1: 1 }
    expect(scoreAlignment(gold, gold)).toEqual({ strict: perfect, lax: perfect })
  })

  test('counts a partly right link as lax but not strict', () => {
    const predicted = [
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
      { source: [3], target: [3] },
    ]
    const { strict, lax } = scoreAlignment(predicted, gold)
    expect(strict.precision).toBe(2 / 4)
    expect(strict.recall).toBe(2 / 3)
    expect(lax.precision).toBe(3 / 4)
    expect(lax.recall).toBe(1)
  })

  test('leaves 1:0 and 0:1 links out of recall but not out of precision', () => {
    const predicted = [
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [3], target: [2, 3] },
    ]
    const counts = countAlignmentMatches(predicted, gold)
    expect(counts).toMatchObject({ predicted: 3, gold: 3, strictPredicted: 2, strictGold: 2 })
    const withDeletion = countAlignmentMatches(
      [...predicted.slice(0, 2), { source: [], target: [2] }, { source: [3], target: [3] }],
      gold,
    )
    expect(withDeletion).toMatchObject({ predicted: 4, strictPredicted: 4, gold: 3, strictGold: 3 })
  })

  test('returns zeros instead of dividing by zero', () => {
    expect(scoreAlignment([], []).strict).toEqual({ precision: 0, recall: 0, f1: 0 })
  })
})

describe('sumAlignmentCounts', () => {
  test('sums counts over documents before ratios are taken', () => {
    const a = countAlignmentMatches([{ source: [0], target: [0] }], [{ source: [0], target: [0] }])
    const b = countAlignmentMatches(
      [
        { source: [0], target: [1] },
        { source: [1], target: [0] },
      ],
      [{ source: [0, 1], target: [0, 1] }],
    )
    const total = scoresFromCounts(sumAlignmentCounts([a, b]))
    expect(total.strict.precision).toBe(1 / 3)
    expect(total.strict.recall).toBe(1 / 2)
    expect(total.lax.precision).toBe(1)
  })
})
