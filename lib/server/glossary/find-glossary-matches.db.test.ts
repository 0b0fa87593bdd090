import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Db } from '@/lib/db/client'
import { writeGlossaryTerms } from '@/lib/db/glossary'
import * as rawSql from '@/lib/db/raw-sql'
import { testBackends } from '@/lib/db/test/test-databases'
import { findGlossaryMatches, loadGlossaryIndex } from './find-glossary-matches'

// More terms than a statement reads: the index is built a page at a time.
const COUNT = 2500
const term = (i: number) => ({
  sourceTerm: `alpha ${i} omega`,
  targetTerm: `альфа ${i}`,
  partOfSpeech: 'noun' as const,
  definition: '',
  note: '',
  forbidden: i % 2 ? [] : [`вариант ${i}`],
})

describe.each(testBackends())('glossary matches of a long glossary on $name', ({ open }) => {
  let db: Db
  const pair = { srcLang: 'en', tgtLang: 'ru' }
  beforeAll(async () => {
    db = await open()
    await writeGlossaryTerms(db, pair, { added: Array.from({ length: COUNT }, (_, i) => term(i)), updated: [] })
  }, 60_000)
  afterAll(async () => db.$disconnect())

  test('terms from every page are found, and the index is built with turns of the event loop between pages', async () => {
    const turns = vi.spyOn(rawSql, 'yieldToEventLoop')
    try {
      const found = await findGlossaryMatches(db, pair, 'Here alpha 7 omega, alpha 1999 omega and alpha 2499 omega.')
      expect(found.map((m) => [m.sourceTerm, m.targetTerm, m.forbidden])).toEqual([
        ['alpha 7 omega', 'альфа 7', []],
        ['alpha 1999 omega', 'альфа 1999', []],
        ['alpha 2499 omega', 'альфа 2499', []],
      ])
      // At least one turn a page: 2,500 terms are three pages of 1,000.
      expect(turns.mock.calls.length).toBeGreaterThanOrEqual(3)
    } finally {
      turns.mockRestore()
    }
  })

  test('after a change, lookups made while the index is rebuilt share one build, and see the change', async () => {
    await writeGlossaryTerms(db, pair, { added: [{ ...term(COUNT), sourceTerm: 'brand new term' }], updated: [] })
    const [a, b] = [loadGlossaryIndex(db, pair), loadGlossaryIndex(db, pair)]
    expect(await a).toBe(await b)
    const found = await findGlossaryMatches(db, pair, 'A brand new term here.')
    expect(found.map((m) => m.sourceTerm)).toEqual(['brand new term'])
  })
})
