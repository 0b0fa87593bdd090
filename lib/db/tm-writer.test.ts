import { describe, expect, test } from 'vitest'
import type { DbOrTx } from './client'
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
  test('adds up what each batch wrote', async () => {
    const writer = createTmWriter(fakeDb(async () => [{ added: 2, written: 3 }]))
    await writer.write([unit('One.', 'Eins.')])
    await writer.write([unit('Two.', 'Zwei.')])
    expect(await writer.finish()).toEqual({ added: 4, updated: 2 })
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
})
