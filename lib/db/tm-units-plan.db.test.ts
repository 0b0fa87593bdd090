import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { testBackends } from './test/test-databases'
import { createTmWriter } from './tm-units'
import type { TmUnitInput } from '../tm/tm-unit'

const unit = (i: number): TmUnitInput => ({
  srcLang: 'en',
  tgtLang: 'ru',
  source: `Sentence number ${i} about the weather.`,
  target: `Предложение номер ${i} о погоде.`,
  origin: 'big.tmx',
  status: 'translated',
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  isUndated: true,
})

type PlanNode = { 'Index Name'?: string; Plans?: PlanNode[] }
const indexesOf = (node: PlanNode): string[] => [
  ...(node['Index Name'] ? [node['Index Name']] : []),
  ...(node.Plans ?? []).flatMap(indexesOf),
]

// PGlite only: PostgreSQL's autovacuum gathers statistics on its own, at times a test cannot choose.
describe.each(testBackends().filter((backend) => backend.name === 'pglite'))(
  'the memory writer on $name',
  ({ open }) => {
    let db: Db
    beforeAll(async () => {
      db = await open()
    })
    afterAll(async () => {
      await db.$disconnect()
    })

    // A new memory has no statistics (and PGlite, with no autovacuum, never gets any): the planner took the
    // (pair, updatedAt) index for a batch's lookup of each undated unit by its pair hash, reading every unit of
    // the pair for each. A second 30,000-unit TMX held the app's one PGlite session for over 20 minutes.
    test('after its first batch, a unit is looked up by its pair hash, not by reading the whole pair', async () => {
      const writer = createTmWriter(db)
      await writer.write(Array.from({ length: 2_000 }, (_, i) => unit(i)))
      await writer.write(Array.from({ length: 2_000 }, (_, i) => unit(2_000 + i)))
      await writer.finish()
      const [row] = await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>>(
        'EXPLAIN (FORMAT JSON) SELECT 1 FROM "TmUnit" k WHERE k."srcLang" = $1 AND k."tgtLang" = $2 AND k."pairHash" = $3',
        'en',
        'ru',
        'no such hash',
      )
      expect(indexesOf(row!['QUERY PLAN'][0].Plan)).toEqual(['TmUnit_srcLang_tgtLang_pairHash_key'])
    }, 60_000)
  },
)
