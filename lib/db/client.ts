import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import { Prisma, PrismaClient } from '@prisma/client'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { readEnv } from '../env'
import { DatabaseUnavailableError } from './db-unavailable'
import { isPgliteFolderInUse } from './pglite-lock'

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

/** PGlite has no lock of its own: a folder opened by two processes is corrupted, so refuse the second. */
export function refuseFolderInUse(dataDir: string): void {
  if (isPgliteFolderInUse(dataDir)) {
    throw new DatabaseUnavailableError(
      `The database folder ${dataDir} is already open in another process (is the app already running?). Stop that process first, or set PARALLEL_DATA_DIR to another folder.`,
    )
  }
}

/** The only place that makes a PrismaClient (R3). */
export function createDb(config: DbConfig): Db {
  if (config.kind === 'postgres') return new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url }) })
  let pglite = config.pglite
  if (!pglite) {
    if (config.dataDir) {
      refuseFolderInUse(config.dataDir)
      mkdirSync(path.dirname(config.dataDir), { recursive: true })
    }
    pglite = new PGlite(config.dataDir ? { dataDir: config.dataDir } : {})
  }
  // PGlite has one connection, so transactions queue behind each other: wait for a turn longer than
  // Prisma's 2 s default, or a save made during an import fails instead of waiting.
  return new PrismaClient({
    adapter: new PrismaPGlite(pglite),
    transactionOptions: { maxWait: 30_000, timeout: 60_000 },
  })
}

const cache = globalThis as unknown as { parallelDb?: Db }

/** The app's shared client, reused across hot reloads. */
export function getDb(): Db {
  return (cache.parallelDb ??= createDb(readDbConfig()))
}
