import type { DbOrTx } from './client'
import { rawSqlOf } from './raw-sql'

/** Runs one SQL statement with `$1 …` parameters and answers its rows. */
export type Sql = <T>(sql: string, params?: unknown[]) => Promise<T[]>

/** Where a statement of the hot paths can run: a client, a Prisma transaction, or a `Sql` of a transaction. */
export type SqlTarget = DbOrTx | Sql

/**
 * The statements of a save, of a person's rights and of reading a translation run as SQL on the
 * driver, not through Prisma's query compiler, which costs 1–3 ms of CPU a query on the request thread
 * (docs/decisions/024-hot-paths-in-sql.md). A top-level client runs them on its driver-level runner
 * (lib/db/raw-sql.ts); inside a Prisma transaction they run on the transaction's connection.
 */
export function sqlOf(target: SqlTarget): Sql {
  if (typeof target === 'function') return target
  const raw = rawSqlOf(target)
  if (raw) return raw.query
  return <T>(sql: string, params: unknown[] = []) => target.$queryRawUnsafe<T[]>(sql, ...params)
}

/**
 * Runs `run` in one transaction: on the driver when `target` is a client that has a runner, in a
 * Prisma transaction otherwise, and inside the caller's transaction when `target` already is one.
 */
export function sqlTransaction<T>(target: SqlTarget, run: (sql: Sql) => Promise<T>): Promise<T> {
  if (typeof target === 'function') return run(target)
  const raw = rawSqlOf(target)
  if (raw) return raw.transaction((tx) => run(tx.query))
  if ('$transaction' in target) return target.$transaction((tx) => run(sqlOf(tx)))
  return run(sqlOf(target))
}

/** A `timestamp` column (stored as UTC, as Prisma writes it) read back as a Date whatever the session's time zone. */
export const utc = (column: string) => `(${column} AT TIME ZONE 'UTC')`
/**
 * The current time in the form Prisma stores `timestamp` columns: UTC without a zone. The statement's
 * time, not the transaction's (`now()`), so rows written one after another in a transaction (a
 * rejection's revision, then its reason) keep that order, as they did when Prisma stamped them.
 */
export const NOW_UTC = `(clock_timestamp() AT TIME ZONE 'UTC')`
