import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
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
  /**
   * Runs `run` in one transaction on one session, committed when it resolves and rolled back when
   * it throws: the bulk writer of an import (docs/decisions/019-imports-through-copy.md).
   */
  transaction: <T>(run: (tx: RawTx) => Promise<T>) => Promise<T>
  /**
   * PGlite only (one session shared by every user): one short transaction of a long write cut into
   * several, given after the others waiting for the database, so their statements run in between
   * (docs/decisions/022-pglite-short-transactions.md). PostgreSQL has none: a long transaction there
   * holds one connection of many and blocks nobody's reads.
   */
  step?: <T>(run: (tx: RawTx) => Promise<T>) => Promise<T>
  /**
   * PostgreSQL: statements on other sessions run at the same time, each in a backend of its own, so a
   * reader can ask for several pages at once. Not PGlite, in this process or served on a socket: one backend.
   */
  concurrent?: boolean
}

/** A statement runner inside `RawSql.transaction`, which can also COPY rows in. */
export type RawTx = {
  query: RawSql['query']
  /** Adds `rows`, in COPY text format (lib/db/copy-text.ts), to `table`'s `columns`. */
  copy: (table: string, columns: readonly string[], rows: string) => Promise<void>
}

const copyInto = (table: string, columns: readonly string[]) =>
  `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')})`

const RUNNERS = Symbol.for('parallel.rawSqlRunners')

// One map for the whole process, not one per copy of this module: the server's bundles may each hold a
// copy (instrumentation and a route), and the client made in one must be found from the other.
const shared = globalThis as unknown as { [RUNNERS]?: WeakMap<object, RawSql> }
const runners = (shared[RUNNERS] ??= new WeakMap<object, RawSql>())

/** What a proxy of a client (lib/db/db.ts) answers with the client itself. */
export const CLIENT = Symbol.for('parallel.dbClient')

/** The driver-level runner of a client made by `openDb` (or of a proxy of it), or undefined for a transaction. */
export function rawSqlOf(db: DbOrTx): RawSql | undefined {
  const client = (db as { [CLIENT]?: object })[CLIENT] ?? db
  return runners.get(client)
}

/**
 * True on PGlite, where every user's statements wait for one session: a long job there reads and
 * writes in small pieces, so others wait for one piece at most (docs/decisions/022).
 */
export function sharesOneSession(db: DbOrTx): boolean {
  return rawSqlOf(db)?.step !== undefined
}

/** Gives `db` (a client, or a wrapper of one such as a job's fenced client) its driver-level runner. */
export function attachRawSql(db: object, runner: RawSql): void {
  runners.set(db, runner)
}

/** PGlite: its `query` waits for the Prisma adapter's open transaction (one mutex), so never runs inside it. */
export function attachPgliteRaw(db: object, pglite: PGlite): void {
  // Each statement lets the event loop run first, so a long job of many statements (an export's pages,
  // the memory's batches) gives way to requests that arrived meanwhile (yieldToEventLoop).
  const query = async <T>(sql: string, params?: unknown[]) => {
    await yieldToEventLoop()
    return (await pglite.query<T>(sql, params)).rows
  }
  const transaction: RawSql['transaction'] = (run) =>
    pglite.transaction((tx) =>
      run({
        query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
        // PGlite reads COPY input from a blob it is given, as the file `/dev/blob`.
        copy: async (table, columns, rows) => {
          await tx.query(`${copyInto(table, columns)} FROM '/dev/blob'`, [], { blob: new Blob([rows]) })
        },
      }),
    )
  runners.set(db, {
    query,
    session: (run) => run(query),
    transaction,
    step: async (run) => {
      await yieldToEventLoop()
      return transaction(run)
    },
  })
}

/**
 * Lets the event loop run before the next statement of a long job: PGlite runs in this thread, and
 * a job that chains its statements through promises alone would take the database again before a
 * request that arrived meanwhile has even been read. Then the request's statements queue first.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * PostgreSQL (or the app's PGlite served on a socket): a pool of its own, opened on first use, as
 * large as the driver's default (10): saves and reads of the editor run here (lib/db/sql.ts); idle
 * connections close after ten seconds and never keep the process alive. A served PGlite takes no
 * `COPY … FROM STDIN` (its one backend spins waiting for the data), so with `copy: false` a COPY
 * throws instead of being sent.
 */
export function attachPgRaw(db: object, config: pg.PoolConfig, { copy = true }: { copy?: boolean } = {}): void {
  let pool: pg.Pool | undefined
  // A transaction left open without a statement for a minute is ended by the server: once, under load, ten
  // connections stayed idle after BEGIN (cause not found), and every save behind them waited forever.
  const poolOf = () => {
    if (pool) return pool
    pool = new pg.Pool({
      ...config,
      max: 10,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
      idle_in_transaction_session_timeout: 60_000,
    })
    // An idle connection the server closed (a restart, the app's PGlite stopping) leaves the pool, and the
    // next statement opens another: not an error of anyone's request, and unhandled it would end the process.
    pool.on('error', () => {})
    return pool
  }
  runners.set(db, {
    concurrent: copy,
    query: async <T>(sql: string, params?: unknown[]) => (await poolOf().query(sql, params)).rows as T[],
    session: async (run) => {
      const client = await poolOf().connect()
      try {
        return await run(async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[])
      } finally {
        client.release()
      }
    },
    transaction: async (run) => {
      const client = await poolOf().connect()
      let broken: Error | undefined
      try {
        await client.query('BEGIN')
        const result = await run({
          query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
          copy: async (table, columns, rows) => {
            if (!copy) throw new Error('COPY is not available through a PGlite served on a socket: import in the app')
            await pipeline(Readable.from([rows]), client.query(copyFrom(`${copyInto(table, columns)} FROM STDIN`)))
          },
        })
        await client.query('COMMIT')
        return result
      } catch (error) {
        // A connection that cannot even roll back is closed rather than given to the next caller.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError))
        throw error
      } finally {
        client.release(broken)
      }
    },
  })
}
