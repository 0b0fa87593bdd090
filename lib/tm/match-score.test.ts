import { describe, expect, test } from 'vitest'
import { scoreMatch } from './match-score'

describe('scoreMatch', () => {
  // What a translator expects to see: [memory source, sentence being translated, lowest, highest].
  const table: Array<[string, string, number, number]> = [
    ['The cat sat on the mat.', 'The cat sat on the mat.', 100, 100],
    ['The cat sat on the mat.', 'The  cat sat on the mat. ', 100, 100],
    ['The cat sat on the mat.', 'The dog sat on the mat.', 80, 89],
    ['The cat sat on the mat.', 'The cat sat on the mat!', 90, 99],
    ['The cat sat on the mat.', 'the cat sat on the mat.', 95, 99],
    ['Page 5 of 10', 'Page 6 of 10', 90, 99],
    ['Click Save to keep your changes.', 'Click Cancel to discard your changes.', 60, 75],
    ['Click Save to keep your changes.', 'The weather is nice today.', 0, 20],
    ['Der Vertrag tritt am 1. Januar in Kraft.', 'Der Vertrag tritt am 1. Februar in Kraft.', 80, 89],
    ['Договор вступает в силу с 1 января.', 'Договор вступает в силу с 1 января 2025 года.', 70, 85],
    ['Ещё одна строка.', 'Еще одна строка.', 85, 99],
    // Diacritics only, then diacritics and case: less than a changed word (which gives 77 here).
    ['Le café est fermé.', 'Le cafe est fermé.', 85, 95],
    ['Le café est fermé.', 'Le Cafe est fermé.', 80, 90],
    ['회의는 내일 오후 세 시에 시작합니다.', '회의는 내일 오후 네 시에 시작합니다.', 80, 89],
    ['会議は明日始まります。', '会議は明日終わります。', 60, 90],
    ['', '', 100, 100],
    ['Hello', '', 0, 0],
  ]
  test.each(table)('%s | %s → %i–%i', (memory, current, low, high) => {
    const score = scoreMatch({ text: current }, { text: memory })
    expect(score).toBeGreaterThanOrEqual(low)
    expect(score).toBeLessThanOrEqual(high)
  })

  test('only identical text scores 100, however small the difference', () => {
    const long =
      'This agreement is made between the parties named below and enters into force on the day both of them have signed it in two copies'
    expect(scoreMatch({ text: long }, { text: long.replace('This', 'this') })).toBe(99)
  })

  test('the same text with other formatting loses a point', () => {
    expect(scoreMatch({ text: 'Save now', formatting: ['bold:Save'] }, { text: 'Save now', formatting: [] })).toBe(99)
    expect(
      scoreMatch({ text: 'Save now', formatting: ['bold:Save'] }, { text: 'Save now', formatting: ['bold:Save'] }),
    ).toBe(100)
  })

  test('is symmetric', () => {
    const a = { text: 'The contract enters into force on 1 January.' }
    const b = { text: 'This contract enters into force on 2 January 2025.' }
    expect(scoreMatch(a, b)).toBe(scoreMatch(b, a))
  })
})
