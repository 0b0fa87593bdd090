import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { applyMigrations } from '../migrate'
import { newPglite } from '../new-pglite'
import { openRawDb } from '../open-raw'
import { assertLocalDatabase } from './assert-local-database'

/** Migrates a PGlite once with the app's migration runner and saves it for every test file (R12). */
export default async function setup({
  provide,
}: {
  provide: (key: string, value: string) => void
}): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallel-test-'))
  const pglite = newPglite()
  await applyMigrations(pglite)
  const dump = await pglite.dumpDataDir('gzip')
  await pglite.close()
  const dumpFile = path.join(dir, 'migrated.tar.gz')
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()))
  provide('pgliteDump', dumpFile)

  const url = process.env.TEST_DATABASE_URL
  if (url) {
    assertLocalDatabase(url)
    const raw = await openRawDb({ kind: 'postgres', url })
    await raw.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await applyMigrations(raw)
    await raw.close()
  }
  return () => rmSync(dir, { recursive: true, force: true })
}
