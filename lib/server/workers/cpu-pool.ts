import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { readEnv } from '@/lib/env'
import { onShutdown } from '@/lib/lifecycle'
import type { CpuTasks } from './cpu-tasks'
import { spawnTypeScriptWorker } from './spawn-ts-worker'
import { createWorkerPool, type WorkerPool } from './worker-pool'

/**
 * One worker thread of the pool. The literal `new Worker(new URL(…, import.meta.url))` is what Turbopack
 * recognises: `next build` and `next dev` bundle cpu-worker.ts as an entry of its own and rewrite the URL
 * to it. Run from source (Vitest, tsx scripts) this module is the .ts file, and the worker loads its entry
 * through tsx (docs/decisions/020-worker-threads.md).
 */
function spawnCpuWorker(): Worker {
  if (import.meta.url.endsWith('.ts'))
    return spawnTypeScriptWorker(new URL('./cpu-worker.ts', import.meta.url), { name: 'parallel-cpu' })
  return new Worker(new URL('./cpu-worker.ts', import.meta.url), { name: 'parallel-cpu' })
}

/** The pool's size: `PARALLEL_CPU_WORKERS`, else the cores less one (the request thread's), at least one. */
export function cpuPoolSize(env = readEnv()): number {
  return env.PARALLEL_CPU_WORKERS ?? Math.max(1, availableParallelism() - 1)
}

const KEY = Symbol.for('parallel.cpuPool')

/** The process's one CPU pool (kept on globalThis: Next may load this module more than once), closed at shutdown. */
export function cpuPool(): WorkerPool {
  const holder = globalThis as unknown as { [KEY]?: WorkerPool }
  let pool = holder[KEY]
  if (!pool) {
    const created = createWorkerPool({ size: cpuPoolSize(), spawn: spawnCpuWorker })
    pool = holder[KEY] = created
    onShutdown('worker threads', async () => {
      if (holder[KEY] === created) delete holder[KEY]
      await created.close()
    })
  }
  return pool
}

/** Runs one of CPU_TASKS in a worker thread: the caller awaits, the event loop serves other requests meanwhile. */
export async function runCpuTask<K extends keyof CpuTasks>(
  task: K,
  input: Parameters<CpuTasks[K]>[0],
  onProgress?: (fraction: number) => void,
): Promise<Awaited<ReturnType<CpuTasks[K]>>> {
  return (await cpuPool().run(task, input, onProgress)) as Awaited<ReturnType<CpuTasks[K]>>
}
