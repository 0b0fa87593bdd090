import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { expect, test } from '@playwright/test'
import { prepareDatabase, signIn, startServer } from './server-process'

// Issue 13: a background import started on instance A is taken over by instance B when A dies. A runs
// alone until its worker has the job, is killed with SIGKILL, and B, started on the same PostgreSQL
// database, sees the job and finishes it once A's lease has run out: one document, not two.

const UNITS = 4000
const postgresBase = process.env.TEST_DATABASE_URL

function tmx(): string {
  const units = Array.from(
    { length: UNITS },
    (_, i) =>
      `<tu><tuv xml:lang="en"><seg>Sentence ${i + 1} of the takeover test.</seg></tuv>` +
      `<tuv xml:lang="de"><seg>Satz ${i + 1} des Übernahmetests.</seg></tuv></tu>`,
  ).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="e2e" creationtoolversion="1" o-tmf="e2e"/><body>\n${units}\n</body></tmx>\n`
}

test('an import job of an instance killed mid-way is taken over and finished by another instance, once', async () => {
  test.skip(!postgresBase, 'needs TEST_DATABASE_URL (a local PostgreSQL; .ci/run sets it): PGlite has one instance')
  test.setTimeout(240_000)
  const root = path.resolve('.tmp/e2e-takeover')
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
  const base = new URL(postgresBase!)
  const name = `${base.pathname.slice(1)}_takeover`
  const admin = new pg.Client({ connectionString: postgresBase })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  base.pathname = `/${name}`
  const env = {
    ...process.env,
    PARALLEL_DATA_DIR: `${root}/pglite`,
    DATABASE_URL: base.toString(),
    PARALLEL_SKIP_SEED: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    // Files over 20 kB become jobs; a dead instance's lease runs out after 3 seconds.
    PARALLEL_IMPORT_SYNC_BYTES: '20000',
    PARALLEL_JOB_LEASE_MS: '3000',
  }
  const account = prepareDatabase(env)

  const a = await startServer(env)
  const cookie = await signIn(a.base, account)
  const get = async <T>(origin: string, url: string) => {
    const response = await fetch(`${origin}${url}`, { headers: { cookie, origin } })
    expect(response.status, url).toBe(200)
    return (await response.json()) as T
  }
  type Job = { status: string; processed: number; attempts: number; result: { documentId?: string } | null }

  const queued = await fetch(`${a.base}/api/imports?fileName=takeover.tmx`, {
    method: 'POST',
    headers: { cookie, origin: a.base, 'content-type': 'application/xml' },
    body: tmx(),
  })
  expect(queued.status).toBe(202)
  const { jobId } = (await queued.json()) as { jobId: string }
  // A's worker has the job once it reports progress.
  await expect
    .poll(async () => (await get<Job>(a.base, `/api/imports/${jobId}`)).processed, { timeout: 60_000 })
    .toBeGreaterThan(0)
  const before = await get<Job>(a.base, `/api/imports/${jobId}`)
  expect(before.status).toBe('running')
  await a.stop('SIGKILL')

  const b = await startServer(env)
  try {
    expect((await get<Job>(b.base, `/api/imports/${jobId}`)).status).toBe('running')
    await expect
      .poll(async () => (await get<Job>(b.base, `/api/imports/${jobId}`)).status, { timeout: 180_000 })
      .toBe('done')
    const done = await get<Job>(b.base, `/api/imports/${jobId}`)
    expect(done.attempts).toBeGreaterThanOrEqual(2)
    const { documents } = await get<{ documents: Array<{ id: string; title: string }> }>(b.base, '/api/documents')
    expect(documents.filter((d) => d.title.startsWith('takeover')).map((d) => d.id)).toEqual([done.result?.documentId])
    const translation = await get<{ rows: unknown[] }>(
      b.base,
      `/api/documents/${done.result?.documentId}/translations/de`,
    )
    expect(translation.rows).toHaveLength(UNITS)
  } finally {
    await b.stop()
  }
})
