import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import { Prisma, PrismaClient } from '@prisma/client'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { readEnv } from '../env'
import { onShutdown } from '../lifecycle'
import { log } from '../log'
import { DatabaseUnavailableError } from './db-unavailable'
import { isPgliteFolderInUse } from './pglite-lock'
import { newPglite } from './new-pglite'
import { attachPgliteRaw, attachPgRaw } from './raw-sql'
import { findServedPglite, servePglite, waitForServedPglite, type ServedPglite } from './pglite-server'

export type Db = PrismaClient
/** A client or an open transaction: query functions accept either (R4). */
export type DbOrTx = PrismaClient | Prisma.TransactionClient

export type DbConfig = { kind: 'pglite'; dataDir?: string; pglite?: PGlite } | { kind: 'postgres'; url: string }

/** Chooses the back-end from the environment: PostgreSQL when DATABASE_URL is set, else PGlite in a folder. */
export function readDbConfig(): DbConfig {
  const env = readEnv()
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL }
  return { kind: 'pglite', dataDir: path.resolve(env.PARALLEL_DATA_DIR) }
}

/** The app server holding this PGlite folder and serving it, or undefined (a descriptor left by a killed one is ignored). */
function findServingApp(dataDir: string): ServedPglite | undefined {
  return isPgliteFolderInUse(dataDir) ? findServedPglite(dataDir) : undefined
}

/** PGlite has no lock of its own: a folder opened by two processes is corrupted, so refuse the second. */
export function refuseFolderInUse(dataDir: string): void {
  if (!isPgliteFolderInUse(dataDir)) return
  const served = findServedPglite(dataDir)
  throw new DatabaseUnavailableError(
    served
      ? `The app is already running on the database folder ${dataDir} (process ${served.pid}). Stop it first, or set PARALLEL_DATA_DIR to another folder.`
      : `The database folder ${dataDir} is already open in another process (is the app already running?). Stop that process first, or set PARALLEL_DATA_DIR to another folder.`,
  )
}

/** Opens a PGlite folder for this process alone, refusing one another process holds. */
function openPgliteFolder(dataDir: string): PGlite {
  refuseFolderInUse(dataDir)
  mkdirSync(path.dirname(dataDir), { recursive: true })
  return newPglite({ dataDir })
}

function pgliteClient(pglite: PGlite): Db {
  // PGlite has one connection, so transactions queue behind each other: wait for a turn longer than
  // Prisma's 2 s default, or a save made during an import fails instead of waiting.
  const db = new PrismaClient({
    adapter: new PrismaPGlite(pglite),
    transactionOptions: { maxWait: 30_000, timeout: 60_000 },
  })
  attachPgliteRaw(db, pglite)
  return db
}

/**
 * Settings of every PostgreSQL session the app opens. No JIT compilation: it pays off for long analytic
 * queries, and here it fired on a page of a big export once the planner's estimate crossed its threshold
 * (from about 60,000 rows): 27 ms of compiling for a 57 ms page, the export of 100,000 links 2.3 times slower
 * per link than of 20,000.
 */
const POSTGRES_OPTIONS = '-c jit=off'

/** A client of the PGlite the app server holds, through the unix socket it serves (docs/decisions/007). */
function servedPgliteClient(served: ServedPglite): Db {
  const connection = { host: served.socketDir, user: 'postgres', database: 'postgres' }
  const db = new PrismaClient({
    adapter: new PrismaPg(connection),
    // A transaction here waits for its turn on the app's one PGlite session, as the app's own do (pglite-turns.ts).
    transactionOptions: { maxWait: 30_000, timeout: 60_000 },
  })
  attachPgRaw(db, connection, { copy: false })
  return db
}

/**
 * Opens the database for a process that is not the app server: the CLI, scripts. The one place that
 * decides how: PostgreSQL when configured; else the PGlite folder itself when no process holds it;
 * else, when the app server holds it, through the socket it serves; else a clear refusal.
 * `close` also closes a PGlite this call opened.
 */
export function openDb(config: DbConfig = readDbConfig()): { db: Db; close: () => Promise<void> } {
  if (config.kind === 'postgres') {
    const connection = { connectionString: config.url, options: POSTGRES_OPTIONS }
    const db = new PrismaClient({ adapter: new PrismaPg(connection) })
    attachPgRaw(db, connection)
    return { db, close: () => db.$disconnect() }
  }
  if (config.pglite || !config.dataDir) {
    const pglite = config.pglite ?? newPglite()
    const db = pgliteClient(pglite)
    return { db, close: () => db.$disconnect() }
  }
  const served = findServingApp(config.dataDir)
  if (served) {
    const db = servedPgliteClient(served)
    return { db, close: () => db.$disconnect() }
  }
  const pglite = openPgliteFolder(config.dataDir)
  const db = pgliteClient(pglite)
  return {
    db,
    close: async () => {
      await db.$disconnect()
      await pglite.close()
    },
  }
}

/**
 * openDb for a command run by hand (the CLI): when the app serves the PGlite folder, first waits until
 * it lets a client in, saying so through `onWaiting` and giving up after PARALLEL_CLI_WAIT_MS with a
 * clear error, instead of waiting silently on an app that is hung or held busy.
 */
export async function openDbForCommand(
  onWaiting: (message: string) => void,
  config: DbConfig = readDbConfig(),
): Promise<{ db: Db; close: () => Promise<void> }> {
  const served = config.kind === 'pglite' && config.dataDir && !config.pglite && findServingApp(config.dataDir)
  if (served) await waitForServedPglite(served, config.dataDir!, { waitMs: readEnv().PARALLEL_CLI_WAIT_MS, onWaiting })
  return openDb(config)
}

/** The only place that makes a PrismaClient (R3); see openDb. */
export function createDb(config: DbConfig): Db {
  return openDb(config).db
}

const cache = globalThis as unknown as { parallelDb?: Db; parallelPglite?: PGlite }

/**
 * The app server's database. A PGlite folder is opened here, by the one process that answers requests,
 * which also serves it to the CLI over a unix socket, so commands work while the app runs. Either way the
 * client is closed when the server stops (lib/lifecycle.ts): a PGlite folder is shut down cleanly, so
 * the next start needs no recovery.
 */
function openAppDb(config: DbConfig): Db {
  if (config.kind !== 'pglite' || !config.dataDir || config.pglite) {
    const db = createDb(config)
    onShutdown('database', () => db.$disconnect())
    return db
  }
  const pglite = openPgliteFolder(config.dataDir)
  cache.parallelPglite = pglite
  const serving = servePglite(pglite, config.dataDir).catch((error: unknown) => {
    log().error({ err: error }, 'the CLI cannot reach the database while the app runs')
    return undefined
  })
  const db = pgliteClient(pglite)
  onShutdown('database', async () => {
    await db.$disconnect()
    const stopServing = await serving
    await stopServing?.()
    await pglite.close()
  })
  return db
}

/** The app's shared client, reused across hot reloads. */
export function getDb(): Db {
  return (cache.parallelDb ??= openAppDb(readDbConfig()))
}

/** The PGlite the app server holds (after getDb), for what needs it beyond Prisma: LISTEN. */
export function getAppPglite(): PGlite | undefined {
  getDb()
  return cache.parallelPglite
}
