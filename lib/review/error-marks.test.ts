import { describe, expect, test } from 'vitest'
import { countMarks, isErrorCategory, isErrorSeverity, penaltyOf, qualityScore } from './error-marks'

describe('countMarks', () => {
  test('counts marks per severity, whatever their category', () => {
    const marks = [
      { category: 'accuracy', severity: 'major' },
      { category: 'style', severity: 'minor' },
      { category: 'terminology', severity: 'major' },
    ] as const
    expect(countMarks(marks)).toEqual({ minor: 1, major: 2, critical: 0 })
  })
})

describe('penaltyOf', () => {
  test('weighs minor 1, major 5 and critical 25 (MQM default multipliers)', () => {
    expect(penaltyOf({ minor: 2, major: 1, critical: 1 })).toBe(2 + 5 + 25)
    expect(penaltyOf({ minor: 0, major: 0, critical: 0 })).toBe(0)
  })
})

describe('qualityScore', () => {
  test('is 100 × (1 − penalty / words)', () => {
    expect(qualityScore({ minor: 0, major: 0, critical: 0 }, 40)).toBe(100)
    expect(qualityScore({ minor: 1, major: 1, critical: 0 }, 200)).toBe(97)
    expect(qualityScore({ minor: 0, major: 1, critical: 0 }, 30)).toBe(83.3)
  })

  test('never falls below 0 when the penalty outweighs the words', () => {
    expect(qualityScore({ minor: 0, major: 0, critical: 1 }, 10)).toBe(0)
  })

  test('is null when no words were evaluated', () => {
    expect(qualityScore({ minor: 0, major: 0, critical: 0 }, 0)).toBeNull()
  })
})

describe('isErrorCategory and isErrorSeverity', () => {
  test('accept the listed values only', () => {
    expect(isErrorCategory('locale')).toBe(true)
    expect(isErrorCategory('grammar')).toBe(false)
    expect(isErrorSeverity('critical')).toBe(true)
    expect(isErrorSeverity('neutral')).toBe(false)
    expect(isErrorSeverity(undefined)).toBe(false)
  })
})
