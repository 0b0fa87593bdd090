import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { IMPORT_STEP_ROWS } from '@/lib/db/glossary'
import { yieldToEventLoop } from '@/lib/db/raw-sql'
import { testBackends } from '@/lib/db/test/test-databases'
import { importGlossary } from './import-glossary'

const ROWS = 5 * IMPORT_STEP_ROWS
const csvOf = (rows: number) =>
  new TextEncoder().encode(
    'source,target\n' + Array.from({ length: rows }, (_, i) => `term ${i},термин ${i}`).join('\n'),
  )

describe.each(testBackends())('importGlossary on $name', ({ open }) => {
  let db: Db
  // Each run works in pairs of its own, so runs against one PostgreSQL database never meet.
  const tgt = `ru-x-${Math.random().toString(36).slice(2, 8)}`

  beforeAll(async () => {
    db = await open()
  })
  afterAll(() => db.$disconnect())

  test('a big import is written in short transactions: a read made meanwhile sees part of it, and runs before it ends', async () => {
    const pair = { srcLang: 'en', tgtLang: tgt }
    let ended = false
    const importing = importGlossary(db, pair, { bytes: csvOf(ROWS), format: 'csv' }).finally(() => (ended = true))
    // Reads the pair's size until the import's first rows show: in one transaction they all show at once, at its end.
    let seen = 0
    while (seen === 0) {
      await yieldToEventLoop()
      seen = await db.glossaryTerm.count({ where: pair })
    }
    const seenBeforeEnd = !ended
    expect(await importing).toMatchObject({ added: ROWS, updated: 0, skipped: [] })
    expect(seen).toBeGreaterThan(0)
    expect(seen).toBeLessThan(ROWS)
    expect(seenBeforeEnd).toBe(true)
    expect(await db.glossaryTerm.count({ where: pair })).toBe(ROWS)
  })

  test('a pair someone adds while the import runs is kept as they wrote it, not counted as added', async () => {
    const pair = { srcLang: 'de', tgtLang: tgt }
    const importing = importGlossary(db, pair, { bytes: csvOf(ROWS), format: 'csv' })
    // The last row of the file, added by someone else after the import has read the pair's terms.
    let seen = 0
    while (seen === 0) {
      await yieldToEventLoop()
      seen = await db.glossaryTerm.count({ where: pair })
    }
    const last = ROWS - 1
    await db.glossaryTerm.create({
      data: {
        ...pair,
        sourceTerm: `term ${last}`,
        targetTerm: `термин ${last}`,
        sourceKey: `term ${last}`,
        targetKey: `термин ${last}`,
        note: 'mine',
      },
    })
    expect(await importing).toMatchObject({ added: ROWS - 1, updated: 0 })
    expect(await db.glossaryTerm.findFirst({ where: { ...pair, sourceKey: `term ${last}` } })).toMatchObject({
      note: 'mine',
    })
    expect(await db.glossaryTerm.count({ where: pair })).toBe(ROWS)
  })
})
