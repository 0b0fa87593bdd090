import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { DbOrTx } from './client'

/**
 * SQL straight to the driver, next to a Prisma client: for bulk writes, where Prisma's handling of
 * large parameters costs several times the database's own work (a 1 MB parameter: 57 ms of CPU
 * through `$queryRawUnsafe`, 8 ms through `pg`). Only a top-level client has one: inside a Prisma
 * transaction, statements must run on the transaction's connection, so callers fall back to Prisma.
 */
export type RawSql = {
  query: <T>(sql: string, params?: unknown[]) => Promise<T[]>
  /** Runs statements on one session (PostgreSQL: one pooled connection; PGlite has one session). */
  session: <T>(run: (query: RawSql['query']) => Promise<T>) => Promise<T>
}

const runners = new WeakMap<object, RawSql>()

/** The driver-level runner of a client made by `openDb`, or undefined for a transaction. */
export function rawSqlOf(db: DbOrTx): RawSql | undefined {
  return runners.get(db)
}

/** PGlite: its `query` waits for the Prisma adapter's open transaction (one mutex), so never runs inside it. */
export function attachPgliteRaw(db: object, pglite: PGlite): void {
  const query = async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows
  runners.set(db, { query, session: (run) => run(query) })
}

/**
 * PostgreSQL (or the app's PGlite served on a socket): a small pool of its own, opened on first use;
 * idle connections close after a second and never keep the process alive.
 */
export function attachPgRaw(db: object, config: pg.PoolConfig): void {
  let pool: pg.Pool | undefined
  const poolOf = () => (pool ??= new pg.Pool({ ...config, max: 2, idleTimeoutMillis: 1000, allowExitOnIdle: true }))
  runners.set(db, {
    query: async <T>(sql: string, params?: unknown[]) => (await poolOf().query(sql, params)).rows as T[],
    session: async (run) => {
      const client = await poolOf().connect()
      try {
        return await run(async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[])
      } finally {
        client.release()
      }
    },
  })
}
