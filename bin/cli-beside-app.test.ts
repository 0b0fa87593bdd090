import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDb, openDb } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { migratedPgliteFolder } from '@/lib/db/test/test-databases'
import { findServedPglite } from '@/lib/db/pglite-server'
import { rawSqlOf } from '@/lib/db/raw-sql'
import { createTranslation } from '@/lib/db/translations'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { APP_STANDIN, CLI, NODE } from './test/cli-command'

// The CLI beside a running app (docs/decisions/007): a child process opens the PGlite folder as the server
// does and keeps writing, while the CLI (another child) and this process reach the database through its socket.
const dir = mkdtempSync(join(tmpdir(), 'parallel-beside-'))
const dataDir = join(dir, 'pglite')
const env = { ...process.env, PARALLEL_DATA_DIR: dataDir, DATABASE_URL: '' }
const PARAGRAPHS = 100
let documentId = ''
let app: ChildProcessWithoutNullStreams

/** Resolves with the app stand-in's next stdout line that starts with `prefix`. */
function appSays(prefix: string): Promise<string> {
  return new Promise((done) => {
    let out = ''
    const listen = (chunk: Buffer) => {
      out += String(chunk)
      const line = out.split('\n').find((l) => l.startsWith(prefix))
      if (line === undefined) return
      app.stdout.off('data', listen)
      done(line)
    }
    app.stdout.on('data', listen)
  })
}

beforeAll(async () => {
  const pglite = migratedPgliteFolder(dataDir)
  const db = createDb({ kind: 'pglite', pglite })
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => textToDoc(`Paragraph ${i}: ${'слово '.repeat(40)}`))
  ;({ id: documentId } = await createDocument(db, { title: 'Beside', sourceLang: 'en', paragraphs }))
  await createTranslation(db, { documentId, lang: 'ru' })
  await db.$disconnect()
  await pglite.close()
  // One process (node on the bundled stand-in), so killing it ends what holds the folder.
  app = spawn(NODE, [APP_STANDIN], { env, stdio: 'pipe' })
  app.stderr.on('data', (d: Buffer) => process.stderr.write(d))
  await appSays('ready')
}, 120_000) // two PGlite starts and a migration: slow on a loaded machine

afterAll(async () => {
  if (app && app.exitCode === null && app.signalCode === null) {
    app.kill('SIGKILL')
    await new Promise((done) => app.once('exit', done))
  }
  rmSync(dir, { recursive: true, force: true })
})

const EXPORT = ['export', '--document', '', '--format', 'jsonl', '--langs', 'ru', '--empty']
const exportArgs = () => EXPORT.map((a) => a || documentId)

describe('the CLI while the app holds the PGlite folder', { timeout: 60_000 }, () => {
  test('an export gets the whole document through the app, while the app keeps writing', async () => {
    const { stdout, stderr } = await promisify(execFile)(NODE, [CLI, ...exportArgs()], { env, maxBuffer: 1 << 26 })
    expect(stderr).toBe('')
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(PARAGRAPHS)
    expect(lines[0]).toMatch(/^\{"document":/)
  })

  test('a reader that stops early (| head) ends the export quietly, exit code 0', async () => {
    const child = spawn(NODE, [CLI, ...exportArgs()], { stdio: ['ignore', 'pipe', 'pipe'], env })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)))
    const first = await new Promise<string>((done) => child.stdout.once('data', (d: Buffer) => done(String(d))))
    child.stdout.destroy()
    const code = await new Promise<number | null>((done) => child.once('close', done))
    expect(first).toMatch(/^\{"document":/)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  test('the socket, its folder and the descriptor are for the app user only', () => {
    const served = findServedPglite(dataDir)!
    expect(served.pid).toBe(app.pid)
    const modeOf = (path: string) => statSync(path).mode & 0o777
    expect(modeOf(served.socketDir)).toBe(0o700)
    expect(modeOf(join(served.socketDir, '.s.PGSQL.5432')) & 0o077).toBe(0)
    expect(modeOf(join(dataDir, '.server.json')) & 0o077).toBe(0)
  })

  test('a client that vanishes with a transaction open is rolled back, and the app goes on writing', async () => {
    const served = findServedPglite(dataDir)!
    const client = new pg.Client({ host: served.socketDir, user: 'postgres', database: 'postgres' })
    client.on('error', () => undefined) // the socket is cut below, on purpose
    await client.connect()
    await client.query('BEGIN')
    await client.query(`UPDATE "Document" SET title = 'vanished' WHERE id = $1`, [documentId])
    ;(client as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy()
    const { db, close } = openDb({ kind: 'pglite', dataDir })
    try {
      const appDocs = () => db.document.count({ where: { title: { startsWith: 'app ' } } })
      const before = await appDocs()
      await sleep(300)
      expect(await appDocs()).toBeGreaterThan(before)
      expect((await db.document.findUnique({ where: { id: documentId } }))?.title).toBe('Beside')
    } finally {
      await close()
    }
  })

  test('an import’s COPY is refused through the socket rather than sent to the app’s PGlite, whose backend would spin', async () => {
    const { db, close } = openDb({ kind: 'pglite', dataDir })
    try {
      const write = rawSqlOf(db)!.transaction((tx) => tx.copy('Document', ['id'], 'copied\n'))
      await expect(write).rejects.toThrow('COPY is not available')
      expect(await db.document.count({ where: { id: 'copied' } })).toBe(0)
    } finally {
      await close()
    }
  })

  test('an app that does not answer: the CLI says it is waiting for it, then gives up with a clear error, exit 1', async () => {
    app.kill('SIGSTOP') // a hung app: its socket takes the connection, nothing answers
    try {
      const child = spawn(NODE, [CLI, ...exportArgs()], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...env, PARALLEL_CLI_WAIT_MS: '4000' },
      })
      let stderr = ''
      let stdout = ''
      child.stderr.on('data', (d: Buffer) => (stderr += String(d)))
      child.stdout.on('data', (d: Buffer) => (stdout += String(d)))
      const code = await new Promise<number | null>((done) => child.once('close', done))
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toContain(`Waiting for the app (process ${app.pid})`)
      expect(stderr).toContain(`The app (process ${app.pid}) holding ${dataDir} did not let this command in within 4 s`)
    } finally {
      app.kill('SIGCONT')
    }
    // Once the app answers again, the next command goes through.
    const { stdout } = await promisify(execFile)(NODE, [CLI, ...exportArgs()], { env, maxBuffer: 1 << 26 })
    expect(stdout.trimEnd().split('\n')).toHaveLength(PARAGRAPHS)
  })

  test('a transaction through the socket and the app’s transactions never run inside each other', async () => {
    const { db, close } = openDb({ kind: 'pglite', dataDir })
    try {
      // The app writes every few milliseconds; while our transaction is open it must wait, so it neither
      // shows up in our reads nor gets rolled back with us.
      const counts = await db.$transaction(async (tx) => {
        const before = await tx.document.count()
        await createDocument(tx, { title: 'cli rolled back', sourceLang: 'en', paragraphs: [textToDoc('x')] })
        await sleep(400)
        return [before, (await tx.document.count()) - 1]
      })

      expect(counts[1]).toBe(counts[0])
      // The app's own transactions hold a `pending` document until they roll back: never visible from outside.
      for (let i = 0; i < 20; i++) {
        expect(await db.document.count({ where: { title: 'pending' } })).toBe(0)
        await sleep(10)
      }
      await db.$executeRaw`DELETE FROM "Document" WHERE title = 'cli rolled back'`
      const stopped = appSays('written')
      app.stdin.write('stop\n')
      const written = Number((await stopped).split(' ')[1])
      expect(written).toBeGreaterThan(0)
      expect(await db.document.count({ where: { title: { startsWith: 'app ' } } })).toBe(written)
    } finally {
      await close()
    }
  })

  test('once the app is killed, its descriptor is ignored and the CLI opens the folder itself', async () => {
    app.kill('SIGKILL')
    await new Promise((done) => app.once('exit', done))
    expect(existsSync(join(dataDir, '.server.json'))).toBe(true) // SIGKILL leaves no chance to clean up
    const { stdout, stderr } = await promisify(execFile)(NODE, [CLI, ...exportArgs()], { env, maxBuffer: 1 << 26 })
    expect(stderr).toBe('')
    expect(stdout.trimEnd().split('\n')).toHaveLength(PARAGRAPHS)
  })
})
