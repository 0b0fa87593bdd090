import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { newPglite } from '../lib/db/new-pglite'
import { parseDemoAccounts } from '../lib/server/users/demo-accounts'
import { watchLog } from './server-process'

// The production server (scripts/serve.mjs, as `npm start` and the e2e server run it) on its own PGlite
// folder and a free port: SIGTERM during a request must let it finish, refuse new connections, close the
// database and exit 0. Every wait below is for an event the server logs, never for a length of time.

test('SIGTERM lets the request in flight finish, refuses new connections, closes the database and exits 0', async () => {
  test.setTimeout(180_000)
  const dataDir = path.resolve('.tmp/e2e-shutdown/pglite')
  rmSync(path.dirname(dataDir), { recursive: true, force: true })
  const env = {
    ...process.env,
    PARALLEL_DATA_DIR: dataDir,
    DATABASE_URL: '',
    PARALLEL_SKIP_SEED: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'debug',
  }
  const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts', '--demo-accounts'], { env, encoding: 'utf8' })
  expect(prepared.status, prepared.stderr).toBe(0)
  const admin = parseDemoAccounts(readFileSync(path.join(path.dirname(dataDir), 'demo-accounts.txt'), 'utf8')).find(
    (account) => account.role === 'admin',
  )!

  const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', '0', '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  try {
    const log = watchLog(server)
    const { port } = await log.waitFor((line) => line.msg === 'ready')
    const base = `http://127.0.0.1:${port}`

    // A sign-in whose body arrives in two parts: the server is inside it, waiting, when SIGTERM comes.
    const body = JSON.stringify({ email: admin.email, password: admin.password })
    const slow = httpRequest(`${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        origin: base,
        'x-request-id': 'slow-sign-in',
      },
    })
    const answered = new Promise<{ response: IncomingMessage; text: string }>((resolve, reject) => {
      slow.once('error', reject)
      slow.once('response', (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.once('end', () => resolve({ response, text }))
      })
    })
    slow.write(body.slice(0, 10))
    await log.waitFor((line) => line.msg === 'request received' && line.requestId === 'slow-sign-in')

    server.kill('SIGTERM')
    await log.waitFor((line) => line.msg?.startsWith('shutting down') === true)
    await expect(fetch(`${base}/api/health`)).rejects.toThrow()

    slow.end(body.slice(10))
    const { response, text } = await answered
    expect(response.statusCode, text).toBe(200)
    expect(response.headers['set-cookie']?.join(';')).toContain('session_token')
    expect(response.headers['x-request-id']).toBe('slow-sign-in')

    expect(await exited).toBe(0)
    expect(log.lines).toContainEqual(
      expect.objectContaining({ msg: 'request', requestId: 'slow-sign-in', status: 200 }),
    )
    expect(log.lines).toContainEqual(expect.objectContaining({ msg: 'stopped', exitCode: 0 }))
    expect(log.lines.filter((line) => line.msg?.startsWith('shutdown step failed'))).toEqual([])
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
    await exited
  }

  // The folder was shut down cleanly and let go (no serving descriptor left), and holds the session the slow
  // sign-in wrote.
  expect(existsSync(path.join(dataDir, '.server.json'))).toBe(false)
  // pg_control's state (a 32-bit field at byte 16): 1, "shut down", after PGlite's close(); a process
  // that exits without closing it leaves 6, "in production", and the next start recovers as after a crash.
  expect(readFileSync(path.join(dataDir, 'global', 'pg_control')).readUInt32LE(16)).toBe(1)
  const pglite = newPglite({ dataDir })
  try {
    const { rows } = await pglite.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
      [admin.email],
    )
    expect(rows[0]?.n).toBe(1)
  } finally {
    await pglite.close()
  }
})
