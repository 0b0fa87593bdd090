import { describe, expect, test } from 'vitest'
import { createFormatters, formatRelative } from './format'

const NOW = new Date('2026-11-30T12:00:00Z')
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000)

describe('formatRelative', () => {
  test('says how long ago a moment within a week was, in the largest whole unit, in each UI language', () => {
    const en = formatRelative('en')
    expect(en(before(0), NOW)).toBe('now')
    expect(en(before(3 * 60), NOW)).toBe('3 minutes ago')
    expect(en(before(2 * 3600).toISOString(), NOW)).toBe('2 hours ago')
    expect(en(before(26 * 3600), NOW)).toBe('yesterday')
    expect(formatRelative('ru')(before(5 * 60), NOW)).toBe('5 минут назад')
    expect(formatRelative('ko')(before(2 * 86400), NOW)).toBe('그저께')
  })

  test('gives nothing for a week or more, where a date reads better', () => {
    expect(formatRelative('en')(before(8 * 86400), NOW)).toBeNull()
  })
})

describe('createFormatters', () => {
  test('dateTime shows the date and the time of day', () => {
    const text = createFormatters('en').dateTime('2026-11-30T09:05:00Z')
    expect(text).toMatch(/Nov 30, 2026/)
    expect(text).toMatch(/\d{1,2}:05/)
  })
})
