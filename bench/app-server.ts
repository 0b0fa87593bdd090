import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

export type RunningServer = { url: string; process: ChildProcess; rssMb: () => number; stop: () => Promise<void> }

/** Prepares a throwaway database and starts the production build on it (run `npm run build` first). */
export async function startServer({
  port,
  databaseUrl,
}: {
  port: number
  databaseUrl?: string
}): Promise<RunningServer> {
  const dataDir = path.resolve(`.tmp/bench-${port}/pglite`)
  rmSync(path.dirname(dataDir), { recursive: true, force: true })
  const env = {
    ...process.env,
    PARALLEL_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? '',
    NEXT_TELEMETRY_DISABLED: '1',
    PARALLEL_MAX_UPLOAD_BYTES: String(50 * 1024 * 1024),
  }
  const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, stdio: 'inherit' })
  if (prepared.status !== 0) throw new Error('prepare-db failed')
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    { env, stdio: 'ignore' },
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
  const stop = async () => {
    child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
  }
  return { url, process: child, rssMb, stop }
}
