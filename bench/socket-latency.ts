// Latency of a simple query in the app's process (PGlite in memory of the process) and through the socket
// the app serves to the CLI (docs/decisions/007). Run beside a running app:
//   PARALLEL_DATA_DIR=<the app's folder> npx tsx bench/socket-latency.ts
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { createDb, openDb, readDbConfig } from '@/lib/db/client'
import { findServedPglite } from '@/lib/db/pglite-server'

const N = 1000

async function time(label: string, query: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 50; i++) await query() // warm up
  const start = process.hrtime.bigint()
  for (let i = 0; i < N; i++) await query()
  const micros = Number(process.hrtime.bigint() - start) / 1000 / N
  console.log(`${label.padEnd(42)} ${micros.toFixed(0).padStart(6)} µs per query`)
}

const config = readDbConfig()
if (config.kind !== 'pglite' || !config.dataDir) throw new Error('Set PARALLEL_DATA_DIR to the running app’s folder')
const served = findServedPglite(config.dataDir)
if (!served) throw new Error(`No app serves ${config.dataDir}`)

const scratch = mkdtempSync(path.join(tmpdir(), 'latency-'))
const pglite = new PGlite({ dataDir: scratch })
const inProcess = createDb({ kind: 'pglite', pglite })
await time('in process, PGlite query()', () => pglite.query('SELECT 1'))
await time('in process, Prisma $queryRaw', () => inProcess.$queryRaw`SELECT 1`)
await inProcess.$disconnect()
await pglite.close()
rmSync(scratch, { recursive: true, force: true })

const client = new pg.Client({ host: served.socketDir, user: 'postgres', database: 'postgres' })
await client.connect()
await time('through the socket, pg query()', () => client.query('SELECT 1'))
await time('through the socket, pg query() with a parameter', () => client.query('SELECT $1::int', [1]))
await client.end()
const { db, close } = openDb(config)
await time('through the socket, Prisma $queryRaw', () => db.$queryRaw`SELECT 1`)
await close()
