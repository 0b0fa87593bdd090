import { readFileSync } from 'node:fs'
import type { PGlite } from '@electric-sql/pglite'
import { inject } from 'vitest'
import { createDb, type Db } from '../client'
import { newPglite } from '../new-pglite'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string
  }
}

export type TestBackend = { name: string; open: () => Promise<Db> }

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
  const url = process.env.TEST_DATABASE_URL
  if (url) backends.push({ name: 'postgres', open: async () => createDb({ kind: 'postgres', url }) })
  return backends
}

/** A PGlite on the folder `dataDir`, created from the migrated dump: cheaper than migrating a new folder. */
export function migratedPgliteFolder(dataDir: string): PGlite {
  return newPglite({ dataDir, loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) })
}
