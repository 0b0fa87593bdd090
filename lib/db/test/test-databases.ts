import { readFileSync } from 'node:fs'
import type { PGlite } from '@electric-sql/pglite'
import { inject } from 'vitest'
import { createDb, type Db } from '../client'
import { newPglite } from '../new-pglite'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string
    /** The PostgreSQL database of each Vitest worker, worker 1 first; empty without TEST_DATABASE_URL (global-setup.ts). */
    postgresWorkerUrls: string[]
  }
}

export type TestBackend = { name: string; open: () => Promise<Db> }

/**
 * The PostgreSQL database of the Vitest worker running this file (VITEST_POOL_ID, from 1 to maxWorkers), or
 * undefined without TEST_DATABASE_URL. Files running at the same time are in different workers, so they never
 * share a database.
 */
export function workerPostgresUrl(): string | undefined {
  const urls = inject('postgresWorkerUrls')
  if (urls.length === 0) return undefined
  const worker = Number(process.env.VITEST_POOL_ID)
  const url = urls[worker - 1]
  if (!url)
    throw new Error(`No PostgreSQL database for Vitest worker ${process.env.VITEST_POOL_ID} (${urls.length} made)`)
  return url
}

/** The back-ends a DB test runs against: an in-memory copy of the migrated PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [
    {
      name: 'pglite',
      open: async () => {
        const dump = new Blob([readFileSync(inject('pgliteDump'))])
        return createDb({ kind: 'pglite', pglite: newPglite({ loadDataDir: dump }) })
      },
    },
  ]
  const url = workerPostgresUrl()
  if (url) backends.push({ name: 'postgres', open: async () => createDb({ kind: 'postgres', url }) })
  return backends
}

/** A PGlite on the folder `dataDir`, created from the migrated dump: cheaper than migrating a new folder. */
export function migratedPgliteFolder(dataDir: string): PGlite {
  return newPglite({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) })
}
