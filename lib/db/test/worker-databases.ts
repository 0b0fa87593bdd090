import pg from 'pg'
import { applyMigrations } from '../migrate'
import { openRawDb } from '../open-raw'

/**
 * The PostgreSQL database of Vitest worker `worker` (1-based, VITEST_POOL_ID): the database named in `url`
 * with `_w<worker>` appended, on the same server and with the same credentials and parameters.
 */
export function workerDatabaseUrl(url: string, worker: number): string {
  const parsed = new URL(url)
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
  if (!name) throw new Error(`TEST_DATABASE_URL names no database: ${url}`)
  parsed.pathname = `/${encodeURIComponent(`${name}_w${worker}`)}`
  return parsed.toString()
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Makes a new, migrated database for each of `workers` Vitest workers (workerDatabaseUrl), so test files
 * running at the same time never see each other's rows. A database left by an earlier run is dropped first,
 * with any connection a killed run left open. Only the database in `url` has to exist: the statements run
 * through it. Returns the workers' URLs, worker 1 first.
 */
export async function createWorkerDatabases(url: string, workers: number): Promise<string[]> {
  const urls = Array.from({ length: workers }, (_, i) => workerDatabaseUrl(url, i + 1))
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    for (const workerUrl of urls) {
      const name = quoteIdentifier(decodeURIComponent(new URL(workerUrl).pathname.slice(1)))
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.query(`CREATE DATABASE ${name}`)
    }
  } finally {
    await admin.end()
  }
  await Promise.all(
    urls.map(async (workerUrl) => {
      const raw = await openRawDb({ kind: 'postgres', url: workerUrl })
      try {
        await applyMigrations(raw)
      } finally {
        await raw.close()
      }
    }),
  )
  return urls
}
