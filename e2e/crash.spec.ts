import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { expect, test } from '@playwright/test'
import { prepareDatabase, signIn, startServer } from './server-process'

// Crash safety (issue 13): the production server takes saves from several writers at once, is killed with
// SIGKILL mid-stream, and started again on the same database. Every save it acknowledged must be there,
// each as a revision; a save in flight at the kill may or may not have landed, but never half.

const WRITERS = 8
const ACKNOWLEDGED_BEFORE_KILL = 160

type Backend = { name: string; env: () => Promise<NodeJS.ProcessEnv> }

/** A database of its own next to the one the tests were given (TEST_DATABASE_URL, as .ci/run sets it). */
async function freshPostgres(base: string, name: string): Promise<string> {
  const url = new URL(base)
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  url.pathname = `/${name}`
  return url.toString()
}

// A folder (and database) per backend and repetition, so repeated runs in parallel never share one.
const root = (name: string) => path.resolve(`.tmp/e2e-crash-${name}-${test.info().repeatEachIndex}`)
const common = { PARALLEL_SKIP_SEED: '1', NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'info' }
const backends: Backend[] = [
  {
    name: 'pglite',
    env: async () => ({ ...process.env, ...common, PARALLEL_DATA_DIR: `${root('pglite')}/pglite`, DATABASE_URL: '' }),
  },
]
const postgresBase = process.env.TEST_DATABASE_URL
if (postgresBase)
  backends.push({
    name: 'postgres',
    env: async () => ({
      ...process.env,
      ...common,
      PARALLEL_DATA_DIR: `${root('postgres')}/pglite`,
      DATABASE_URL: await freshPostgres(
        postgresBase,
        `${new URL(postgresBase).pathname.slice(1)}_crash${test.info().repeatEachIndex}`,
      ),
    }),
  })

type Save = { text: string; version: number }

for (const backend of backends)
  test(`${backend.name}: every save acknowledged before a SIGKILL is there after the restart, with its revision`, async () => {
    test.setTimeout(240_000)
    rmSync(root(backend.name), { recursive: true, force: true })
    mkdirSync(root(backend.name), { recursive: true })
    const env = await backend.env()
    const admin = prepareDatabase(env)

    let server = await startServer(env)
    const origin = server.base
    const cookie = await signIn(origin, admin)
    const call = (base: string, url: string, init: RequestInit = {}) =>
      fetch(`${base}${url}`, {
        ...init,
        headers: { 'content-type': 'application/json', origin: base, cookie, ...init.headers },
      })

    const paragraphs = Array.from({ length: WRITERS }, (_, i) => `Paragraph ${i + 1} of the crash test.`)
    const created = await call(origin, '/api/documents', {
      method: 'POST',
      body: JSON.stringify({ title: 'Crash test', sourceLang: 'en', text: paragraphs.join('\n\n') }),
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const lang = await call(origin, `/api/documents/${id}/translations`, {
      method: 'POST',
      body: JSON.stringify({ lang: 'ru' }),
    })
    expect(lang.status).toBe(201)
    const { rows } = (await (await call(origin, `/api/documents/${id}/translations/ru`)).json()) as {
      rows: Array<{ targets: Array<{ id: string; version: number }> }>
    }
    const segments = rows.map((row) => row.targets[0]!)
    expect(segments).toHaveLength(WRITERS)

    // Each writer saves its own segment again and again, one save at a time, until the server is gone.
    const acknowledged: Save[][] = segments.map(() => [])
    const inFlight: Array<Save | undefined> = segments.map(() => undefined)
    let total = 0
    let killed = false
    let reachedKillPoint: () => void = () => undefined
    const killPoint = new Promise<void>((resolve) => (reachedKillPoint = resolve))
    const writers = segments.map(async (segment, w) => {
      let version = segment.version
      for (let n = 1; ; n++) {
        const text = `Writer ${w + 1}, save ${n}.`
        inFlight[w] = { text, version: version + 1 }
        let saved: { version: number }
        try {
          const response = await call(origin, `/api/segments/${segment.id}`, {
            method: 'PATCH',
            body: JSON.stringify({ html: `<p>${text}</p>`, version }),
          })
          if (response.status !== 200) throw new Error(`save answered ${response.status}: ${await response.text()}`)
          saved = (await response.json()) as { version: number }
        } catch (error) {
          if (killed) return // killed before or while it answered: not acknowledged
          throw error
        }
        version = saved.version
        acknowledged[w]!.push({ text, version })
        inFlight[w] = undefined
        if (++total === ACKNOWLEDGED_BEFORE_KILL) reachedKillPoint()
      }
    })
    await Promise.race([killPoint, Promise.all(writers)])
    killed = true
    await server.stop('SIGKILL')
    await Promise.all(writers)
    const unanswered = [...inFlight]
    expect(total).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL)

    server = await startServer(env)
    try {
      for (const [w, segment] of segments.entries()) {
        const answer = await call(server.base, `/api/segments/${segment.id}/revisions`)
        expect(answer.status).toBe(200)
        const { revisions } = (await answer.json()) as { revisions: Array<{ version: number; text: string }> }
        const saves = acknowledged[w]!
        const last = saves.at(-1)!
        // Every acknowledged save is a revision, with its text.
        const byVersion = new Map(revisions.map((r) => [r.version, r.text]))
        for (const save of saves) expect(byVersion.get(save.version), `writer ${w + 1}`).toBe(save.text)
        // The segment is at the last acknowledged save, or at the one in flight when the server died.
        const current = revisions[0]!
        const pending = unanswered[w]
        if (current.version === last.version) expect(current.text).toBe(last.text)
        else expect(pending && { version: current.version, text: current.text }).toEqual(pending)
      }
    } finally {
      expect(await server.stop()).toBe(0)
    }
  })
