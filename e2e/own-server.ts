import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { expect } from '@playwright/test'
import { parseDemoAccounts } from '../lib/server/users/demo-accounts'

// The production server (scripts/serve.mjs, as `npm start` runs it) in a process of a test's own, on its own
// PGlite folder and a port that stays the same across restarts (the browser's storage is kept per origin).

/** The environment of a server on its own PGlite folder under `root`. */
export function ownServerEnv(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PARALLEL_DATA_DIR: path.join(root, 'pglite'),
    PARALLEL_SKIP_SEED: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'info',
    DATABASE_URL: '',
  }
}

/** Migrates the database of `env` and makes the demo accounts; returns the admin's. */
export function prepareDatabase(env: NodeJS.ProcessEnv): { email: string; password: string } {
  const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts', '--demo-accounts'], { env, encoding: 'utf8' })
  expect(prepared.status, prepared.stderr).toBe(0)
  const file = path.join(path.dirname(path.resolve(env.PARALLEL_DATA_DIR!)), 'demo-accounts.txt')
  return parseDemoAccounts(readFileSync(file, 'utf8')).find((account) => account.role === 'admin')!
}

/** A port free now, for a server that must come back on the same one. */
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

/** Starts the server on `port`; resolves once it logs that it is ready. `stop` ends it with `signal` and waits. */
export async function startServer(env: NodeJS.ProcessEnv, port: number) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const ready = new Promise<boolean>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (text) => {
      try {
        if ((JSON.parse(text) as { msg?: string }).msg === 'ready') resolve(true)
      } catch {
        // Next's own plain-text lines
      }
    })
  })
  if (!(await Promise.race([ready, exited.then(() => false)])))
    throw new Error('the server stopped before it was ready')
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      child.kill(signal)
      await exited
    },
  }
}
