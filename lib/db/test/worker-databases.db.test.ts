import { readdirSync } from 'node:fs'
import pg from 'pg'
import { afterAll, describe, expect, test } from 'vitest'
import { testBackends, workerPostgresUrl } from './test-databases'
import { createWorkerDatabases, workerDatabaseUrl } from './worker-databases'

const databaseOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1))

/** Runs one query on `url` with a connection of its own. */
async function queryOn<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

test('a worker database is the named database with the worker number appended, on the same server with the same parameters', () => {
  expect(workerDatabaseUrl('postgresql://postgres@127.0.0.1:5432/parallel_ci?sslmode=disable', 2)).toBe(
    'postgresql://postgres@127.0.0.1:5432/parallel_ci_w2?sslmode=disable',
  )
  expect(() => workerDatabaseUrl('postgresql://postgres@127.0.0.1:5432/', 1)).toThrow(/names no database/)
})

const postgres = testBackends().filter((backend) => backend.name === 'postgres')
const ownUrl = workerPostgresUrl()

describe.each(postgres)('the PostgreSQL databases of the Vitest workers', ({ open }) => {
  test("a test file's PostgreSQL back-end is the database of the worker running it", async () => {
    const db = await open()
    const rows = await db.$queryRaw<Array<{ name: string }>>`SELECT current_database()::text AS name`
    await db.$disconnect()
    expect(rows).toEqual([{ name: `${databaseOf(process.env.TEST_DATABASE_URL!)}_w${process.env.VITEST_POOL_ID}` }])
  })

  // Databases named after this worker's own (`<db>_wN_w1`), so the other workers' databases are left alone.
  const url = ownUrl!
  const nested = workerDatabaseUrl(url, 1)
  afterAll(async () => {
    await queryOn(url, `DROP DATABASE IF EXISTS "${databaseOf(nested)}" WITH (FORCE)`)
  })

  test('are made migrated where none exist, and made again empty over one left by an earlier run, even with a connection open', async () => {
    await queryOn(url, `DROP DATABASE IF EXISTS "${databaseOf(nested)}" WITH (FORCE)`)
    expect(await createWorkerDatabases(url, 1)).toEqual([nested])
    await queryOn(nested, 'CREATE TABLE left_behind (id integer)')
    const leftOpen = new pg.Client({ connectionString: nested })
    await leftOpen.connect()
    // The drop ends this connection, as it would end one a killed run left behind.
    leftOpen.on('error', () => undefined)

    await createWorkerDatabases(url, 1)
    await leftOpen.end().catch(() => undefined)
    expect(await queryOn(nested, "SELECT to_regclass('left_behind') AS t")).toEqual([{ t: null }])
    const migrations = readdirSync('prisma/migrations', { withFileTypes: true }).filter((e) => e.isDirectory())
    expect(await queryOn(nested, 'SELECT count(*)::int AS n FROM "_prisma_migrations"')).toEqual([
      { n: migrations.length },
    ])
  })
})
