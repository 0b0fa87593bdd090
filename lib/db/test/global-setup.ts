import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { applyMigrations } from '../migrate'
import { newPglite } from '../new-pglite'
import { assertLocalDatabase } from './assert-local-database'
import { createWorkerDatabases } from './worker-databases'

/**
 * Migrates a PGlite once with the app's migration runner and saves it for every test file (R12). With
 * TEST_DATABASE_URL, makes a migrated PostgreSQL database per Vitest worker (docs/decisions/012).
 */
export default async function setup({ provide, config }: TestProject): Promise<() => void> {
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
    provide('postgresWorkerUrls', await createWorkerDatabases(url, config.maxWorkers))
  } else {
    provide('postgresWorkerUrls', [])
  }
  return () => rmSync(dir, { recursive: true, force: true })
}
