import { describe, expect, test } from 'vitest'
import type { DbOrTx } from './client'
import { attachRawSql, type RawSql } from './raw-sql'
import { createTmWriter, prepareTmBatch } from './tm-units'
import type { TmUnitInput } from '../tm/tm-unit'

const unit = (source: string, target: string, at = '2026-01-01'): TmUnitInput => ({
  srcLang: 'en',
  tgtLang: 'de',
  source,
  target,
  origin: 'test.tmx',
  status: 'imported',
  updatedAt: new Date(at),
})

/** A client without a driver runner: statements go through `$queryRawUnsafe`, one at a time. */
function fakeDb(run: (json: string) => Promise<unknown[]>) {
  return { $queryRawUnsafe: (_sql: string, json: string) => run(json) } as unknown as DbOrTx
}

/**
 * A client with a driver runner whose batch writes finish only when told; `step` makes it PGlite-like
 * (one session for every user). Records how many writes were sent before any of them finished.
 */
function runnerDb({ oneSession }: { oneSession: boolean }) {
  const waiting: Array<() => void> = []
  const seen = { inFlight: 0, most: 0, statements: [] as string[] }
  const query = (async (sql: string) => {
    seen.statements.push(sql)
    if (!sql.includes('INSERT INTO "TmUnit" ')) return [{}]
    seen.most = Math.max(seen.most, ++seen.inFlight)
    await new Promise<void>((resolve) => waiting.push(resolve))
    seen.inFlight--
    return [{ added: 1, written: 1 }]
  }) as RawSql['query']
  const db = {}
  attachRawSql(db, {
    query,
    session: (run) => run(query),
    transaction: () => Promise.reject(new Error('not used')),
    ...(oneSession ? { step: () => Promise.reject(new Error('not used')) } : {}),
  })
  const release = async () => {
    while (waiting.length > 0 || seen.inFlight > 0) {
      waiting.shift()?.()
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return { db: db as DbOrTx, seen, release }
}

describe('prepareTmBatch', () => {
  test('one row per identical normalized pair, the newest; empty texts left out; rows ordered by pair hash', () => {
    const batch = prepareTmBatch([
      unit('Save  the file.', 'Datei speichern.', '2026-01-01'),
      unit('Save the file.', 'Datei  speichern.', '2026-02-01'),
      unit('', 'Leer.'),
      unit('Open it.', 'Öffnen.'),
    ])!
    const rows = JSON.parse(batch.json) as Array<{ s: string; h: string; ua: string; sw: string }>
    expect(batch.rows).toBe(2)
    expect(batch.units).toBe(3)
    expect(rows.find((r) => r.s.startsWith('Save'))).toMatchObject({
      s: 'Save the file.',
      ua: '2026-02-01T00:00:00.000Z',
    })
    expect(rows.map((r) => r.h)).toEqual(rows.map((r) => r.h).sort())
    expect(rows[0]!.sw).toMatch(/^\{-?\d+(,-?\d+)*\}$/)
    expect(prepareTmBatch([unit(' ', 'x')])).toBeUndefined()
  })
})

describe('createTmWriter', () => {
  test('adds up what each batch wrote; units neither added nor updated are unchanged', async () => {
    const writer = createTmWriter(fakeDb(async () => [{ added: 2, written: 3 }]))
    const four = (n: string) => ['One', 'Two', 'Three', 'Four'].map((w) => unit(`${w} ${n}.`, `${w} ${n}!`))
    await writer.write(four('a'))
    await writer.write(four('b'))
    expect(await writer.finish()).toEqual({ added: 4, updated: 2, unchanged: 2 })
  })

  test('a failed write is thrown by the next write and by finish, and nothing more is sent', async () => {
    let calls = 0
    const writer = createTmWriter(
      fakeDb(async () => {
        calls++
        throw new Error('database gone')
      }),
    )
    await writer.write([unit('One.', 'Eins.')])
    await expect(writer.write([unit('Two.', 'Zwei.')])).rejects.toThrow('database gone')
    await expect(writer.write([unit('Three.', 'Drei.')])).rejects.toThrow('database gone')
    await expect(writer.finish()).rejects.toThrow('database gone')
    expect(calls).toBe(1)
  })

  test('on PostgreSQL two batches are on their way at once; on PGlite one, so a save waits for one batch at most', async () => {
    for (const [oneSession, most] of [
      [false, 2],
      [true, 1],
    ] as const) {
      const { db, seen, release } = runnerDb({ oneSession })
      const writer = createTmWriter(db)
      await writer.write([unit('One.', 'Eins.')])
      const finished = (async () => {
        await writer.write([unit('Two.', 'Zwei.')])
        await writer.write([unit('Three.', 'Drei.')])
        return writer.finish()
      })()
      await new Promise((resolve) => setImmediate(resolve))
      expect(seen.most).toBe(most)
      await release()
      expect(await finished).toEqual({ added: 3, updated: 0, unchanged: 0 })
    }
  })

  test('the word indexes are merged at the end one statement an index, so a save can run between the two', async () => {
    const { db, seen, release } = runnerDb({ oneSession: true })
    const writer = createTmWriter(db)
    const finished = (async () => {
      await writer.write([unit('One.', 'Eins.')])
      return writer.finish()
    })()
    await new Promise((resolve) => setImmediate(resolve))
    await release()
    await finished
    const merges = seen.statements.filter((sql) => sql.includes('gin_clean_pending_list'))
    expect(merges).toHaveLength(2)
    expect(merges.every((sql) => sql.split('gin_clean_pending_list').length === 2)).toBe(true)
  })
})
