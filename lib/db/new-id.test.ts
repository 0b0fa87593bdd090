import { afterEach, describe, expect, test, vi } from 'vitest'
import { newId } from './bulk-insert'

describe('newId', () => {
  afterEach(() => vi.useRealTimers())

  test('a c and 24 base-36 characters, as Prisma cuids, all different', () => {
    const ids = Array.from({ length: 10_000 }, newId)
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^c[0-9a-z]{24}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('ids made later sort after earlier ones, so bulk inserts append to the primary key', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-01T10:00:00.000Z'))
    const earlier = Array.from({ length: 50 }, newId)
    vi.setSystemTime(new Date('2026-12-01T10:00:00.001Z'))
    const later = Array.from({ length: 50 }, newId)
    for (const a of earlier) for (const b of later) expect(a < b).toBe(true)
  })
})
