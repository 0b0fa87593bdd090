import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { refuseFolderInUse, type DbConfig } from './client'
import type { SqlRunner } from './migrate'
import { newPglite } from './new-pglite'

export type RawDb = SqlRunner & { close: () => Promise<void>; pglite?: PGlite }

/** A plain SQL connection for migrations (no Prisma), for PGlite or PostgreSQL. */
export async function openRawDb(config: DbConfig): Promise<RawDb> {
  if (config.kind === 'postgres') {
    const client = new pg.Client({ connectionString: config.url })
    await client.connect()
    // One migrator at a time when several app servers start together.
    await client.query('SELECT pg_advisory_lock(727274)')
    return {
      exec: (sql) => client.query(sql),
      query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
      close: async () => {
        await client.end()
      },
    }
  }
  if (config.dataDir && !config.pglite) refuseFolderInUse(config.dataDir)
  if (config.dataDir) mkdirSync(path.dirname(config.dataDir), { recursive: true })
  const pglite = config.pglite ?? newPglite(config.dataDir ? { dataDir: config.dataDir } : {})
  return {
    pglite,
    exec: (sql) => pglite.exec(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await pglite.query<T>(sql, params)).rows }),
    close: () => pglite.close(),
  }
}
