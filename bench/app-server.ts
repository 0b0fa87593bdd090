import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

export type RunningServer = {
  url: string
  process: ChildProcess
  rssMb: () => number
  stop: () => Promise<void>
  /** The demo admin's session cookie (`name=value`), signed in once the server is up. */
  cookie: string
}

/** Prepares a throwaway database and starts the production build on it (run `npm run build` first). */
export async function startServer({
  port,
  databaseUrl,
  env: extraEnv = {},
}: {
  port: number
  databaseUrl?: string
  /** More environment for the server (`PARALLEL_CPU_WORKERS`, …). */
  env?: Record<string, string>
}): Promise<RunningServer> {
  const dataDir = path.resolve(`.tmp/bench-${port}/pglite`)
  rmSync(path.dirname(dataDir), { recursive: true, force: true })
  // On PostgreSQL nothing else makes the folder, and the demo accounts file goes there.
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const env = {
    ...process.env,
    PARALLEL_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? '',
    NEXT_TELEMETRY_DISABLED: '1',
    PARALLEL_MAX_UPLOAD_BYTES: String(50 * 1024 * 1024),
    ...extraEnv,
  }
  const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts', '--demo-accounts'], { env, stdio: 'inherit' })
  if (prepared.status !== 0) throw new Error('prepare-db failed')
  // A long keep-alive, as the e2e server: a connection closed as a request goes out resets it (ECONNRESET).
  const child = spawn(
    process.execPath,
    [
      // BENCH_SERVER_NODE_ARGS: options for the server's Node (`--cpu-prof --cpu-prof-dir=.tmp/prof` to profile it).
      ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
      ...['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1', '--keepAliveTimeout', '120000'],
    ],
    {
      env,
      // BENCH_SERVER_LOG=1 shows the server's log lines (warnings and errors at LOG_LEVEL=warn).
      stdio: process.env.BENCH_SERVER_LOG === '1' ? 'inherit' : 'ignore',
    },
  )
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 500))
  }
  const rssMb = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  }
  // Waits for the process to end (SIGTERM drains it; SIGKILL after 20 s): the next setup reuses the port,
  // and a run of several setups in one process stalled when the next server met the old one's port.
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    await exited
    clearTimeout(killer)
  }
  const admin = readFileSync(path.join(path.dirname(dataDir), 'demo-accounts.txt'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('admin\t'))!
    .split('\t')
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: admin[1], password: admin[2] }),
  })
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`)
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!
  return { url, process: child, rssMb, stop, cookie }
}

/** A JSON request to the server as its signed-in admin; throws on an error answer. */
export async function api<T>(server: RunningServer, path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', cookie: server.cookie, origin: server.url },
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}
