import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { expect } from '@playwright/test'
import { parseDemoAccounts } from '../lib/server/users/demo-accounts'

// The production server (scripts/serve.mjs, as `npm start` and the e2e server run it) in a process of a
// test's own, on its own database and a free port.

export type LogLine = { msg?: string; port?: number; requestId?: string; status?: number; exitCode?: number } & Record<
  string,
  unknown
>

/** The server's JSON log lines as they come, and a way to wait for the first line matching a test. */
export function watchLog(child: ChildProcess) {
  const lines: LogLine[] = []
  const waiters: Array<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = []
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine
    try {
      line = JSON.parse(text) as LogLine
    } catch {
      return // Next's own plain-text lines
    }
    lines.push(line)
    for (const waiter of waiters.splice(0)) {
      if (waiter.match(line)) waiter.resolve(line)
      else waiters.push(waiter)
    }
  })
  const waitFor = (match: (line: LogLine) => boolean) =>
    new Promise<LogLine>((resolve) => {
      const seen = lines.find(match)
      if (seen) resolve(seen)
      else waiters.push({ match, resolve })
    })
  return { lines, waitFor }
}

/** Migrates the database of `env` and makes the demo accounts; returns the admin's. */
export function prepareDatabase(env: NodeJS.ProcessEnv): { email: string; password: string } {
  const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts', '--demo-accounts'], { env, encoding: 'utf8' })
  expect(prepared.status, prepared.stderr).toBe(0)
  const file = path.join(path.dirname(path.resolve(env.PARALLEL_DATA_DIR!)), 'demo-accounts.txt')
  return parseDemoAccounts(readFileSync(file, 'utf8')).find((account) => account.role === 'admin')!
}

/** A port free now, for a server that must come back on the same one (the browser keeps storage per origin). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts the server on `port` (a free one by default); resolves once it logs that it is ready. `stop`
 * ends it with `signal` and waits for the process to exit.
 */
export async function startServer(env: NodeJS.ProcessEnv, port = 0) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const log = watchLog(child)
  const ready = await Promise.race([log.waitFor((line) => line.msg === 'ready'), exited.then(() => undefined)])
  if (!ready) throw new Error('the server stopped before it was ready')
  let isStopping = false
  // A server that ends before the test stops it is a finding, not noise: say so where the test's output shows it.
  child.once('exit', (code, signal) => {
    if (!isStopping)
      process.stderr.write(`server (process ${child.pid}) ended on its own: code ${code}, signal ${signal}\n`)
  })
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    isStopping = true
    child.kill(signal)
    return exited
  }
  return { child, log, exited, stop, base: `http://127.0.0.1:${ready.port}` }
}

/** Signs in with email and password; the session cookie (`name=value; …`) to send with requests. */
export async function signIn(base: string, account: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(account),
  })
  expect(response.status).toBe(200)
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}
