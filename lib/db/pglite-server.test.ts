import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { afterAll, describe, expect, test } from 'vitest'
import { findServedPglite, servePglite } from './pglite-server'

const root = mkdtempSync(path.join(tmpdir(), 'pglite-server-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('servePglite', () => {
  test('serves a folder PGlite is still creating, and removes its socket and descriptor when stopped', async () => {
    const dataDir = path.join(root, 'fresh')
    const pglite = new PGlite({ dataDir })
    const stop = await servePglite(pglite, dataDir)
    const served = findServedPglite(dataDir)
    expect(served?.pid).toBe(process.pid)
    const client = new pg.Client({ host: served!.socketDir, user: 'postgres', database: 'postgres' })
    await client.connect()
    expect((await client.query<{ n: number }>('SELECT $1::int AS n', [7])).rows).toEqual([{ n: 7 }])
    await client.end()
    await stop()
    expect(findServedPglite(dataDir)).toBeUndefined()
    expect(existsSync(served!.socketDir)).toBe(false)
    await pglite.close()
  }, 60_000) // a new PGlite folder (initdb) takes seconds of CPU: slow on a loaded machine, beside another worker
})
