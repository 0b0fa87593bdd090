import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { copyBoolean, copyDate, copyJson, copyNumber, copyRow, copyText, copyTextArray } from './copy-text'
import { lazyClient } from './db'
import { rawSqlOf } from './raw-sql'
import { testBackends } from './test/test-databases'

const AWKWARD = ['tab\there', 'line\nbreak', 'return\r', 'back\\slash \\N', '"quoted", {braced}', 'Ёлка 번역 ✓', '']

describe.each(testBackends())('the driver-level transaction on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
    await db.$executeRawUnsafe(
      'CREATE TABLE "CopyProbe" (id int PRIMARY KEY, t text, j jsonb, a text[], n float8, b bool, d timestamp(3))',
    )
  })
  afterAll(async () => db.$disconnect())

  const raw = () => rawSqlOf(db)!

  test('the runner is found through the lazy proxy that routes use (lib/db/db.ts), and not for a transaction', async () => {
    // Routes get a proxy of the shared client: a runner looked up by the proxy itself was not found, so
    // the COPY import refused every file and memory writes went through Prisma.
    const proxy = lazyClient(() => db)
    expect(rawSqlOf(proxy)).toBe(raw())
    expect(await rawSqlOf(proxy)!.query<{ n: number }>('SELECT 1::int AS n')).toEqual([{ n: 1 }])
    await db.$transaction(async (tx) => expect(rawSqlOf(tx)).toBeUndefined())
  })

  test('COPY takes any text, JSON, array, number, null, boolean and time as written', async () => {
    const at = new Date('2026-01-02T03:04:05.678Z')
    const rows = AWKWARD.map((text, i) =>
      copyRow([
        String(i),
        copyText(text),
        copyJson({ text, nested: [text] }),
        copyTextArray([text, 'plain']),
        copyNumber(i === 0 ? null : i / 4),
        copyBoolean(i % 2 === 0),
        copyDate(at),
      ]),
    ).join('')
    await raw().transaction((tx) => tx.copy('CopyProbe', ['id', 't', 'j', 'a', 'n', 'b', 'd'], rows))
    const read = await db.$queryRawUnsafe<
      Array<{ t: string; j: unknown; a: string[]; n: number | null; b: boolean; d: Date }>
    >('SELECT t, j, a, n, b, d FROM "CopyProbe" ORDER BY id')
    expect(read.map((r) => r.t)).toEqual(AWKWARD)
    expect(read.map((r) => r.j)).toEqual(AWKWARD.map((text) => ({ text, nested: [text] })))
    expect(read.map((r) => r.a)).toEqual(AWKWARD.map((text) => [text, 'plain']))
    expect(read.map((r) => r.n)).toEqual(AWKWARD.map((_, i) => (i === 0 ? null : i / 4)))
    expect(read.map((r) => r.b)).toEqual(AWKWARD.map((_, i) => i % 2 === 0))
    expect(read.every((r) => r.d.getTime() === at.getTime())).toBe(true)
    await db.$executeRawUnsafe('DELETE FROM "CopyProbe"')
  })

  test('a transaction that throws after its COPY and statements leaves nothing, and the session serves the next one', async () => {
    const failed = raw().transaction(async (tx) => {
      await tx.copy('CopyProbe', ['id', 't'], copyRow(['1', 'one']) + copyRow(['2', 'two']))
      await tx.query('INSERT INTO "CopyProbe" (id, t) VALUES ($1, $2)', [3, 'three'])
      throw new Error('stop here')
    })
    await expect(failed).rejects.toThrow('stop here')
    expect(await db.$queryRawUnsafe('SELECT id FROM "CopyProbe"')).toEqual([])

    // A COPY the database refuses (a duplicate key) rolls back the rows before it, too.
    const refused = raw().transaction(async (tx) => {
      await tx.copy('CopyProbe', ['id', 't'], copyRow(['1', 'one']))
      await tx.copy('CopyProbe', ['id', 't'], copyRow(['2', 'two']) + copyRow(['2', 'again']))
    })
    await expect(refused).rejects.toThrow()
    expect(await db.$queryRawUnsafe('SELECT id FROM "CopyProbe"')).toEqual([])

    await raw().transaction((tx) => tx.copy('CopyProbe', ['id', 't'], copyRow(['4', 'four'])))
    expect(await db.$queryRawUnsafe('SELECT id, t FROM "CopyProbe"')).toEqual([{ id: 4, t: 'four' }])
  })
})
