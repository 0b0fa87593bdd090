import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { readEnv } from '@/lib/env'
import type { ValidateSchema } from '@/lib/formats/check-schema'
import { onShutdown } from '@/lib/lifecycle'
import { CPU_TASKS, type CpuTasks } from './cpu-tasks'
import { spawnTypeScriptWorker } from './spawn-ts-worker'
import { createWorkerPool, type WorkerPool } from './worker-pool'

/**
 * One worker thread of the pool. The literal `new Worker(new URL(…, import.meta.url))` is what Turbopack
 * recognises: `next build` and `next dev` bundle cpu-worker.ts as an entry of its own and load that. Run
 * from source (Vitest, tsx scripts) the worker loads the .ts entry through tsx. `import.meta.url` names the
 * .ts file in both, so the bundler's own `NEXT_RUNTIME` tells them apart (docs/decisions/020-worker-threads.md).
 */
function spawnCpuWorker(): Worker {
  // Read literally, not through lib/env.ts: Next replaces it in the bundle; it is unset outside Next.
  if (process.env.NEXT_RUNTIME !== 'nodejs')
    return spawnTypeScriptWorker(new URL('./cpu-worker.ts', import.meta.url), { name: 'parallel-cpu' })
  return new Worker(new URL('./cpu-worker.ts', import.meta.url), { name: 'parallel-cpu' })
}

/**
 * The pool's size: `PARALLEL_CPU_WORKERS`, else the cores less one (the request thread's), at least one.
 * 0: no pool, the tasks run in the calling thread (as before issue #13; the benchmark's "before").
 */
export function cpuPoolSize(env = readEnv()): number {
  return env.PARALLEL_CPU_WORKERS ?? Math.max(1, availableParallelism() - 1)
}

/**
 * Which pool runs a task: spelling keeps its dictionaries in one thread of its own, so each loads once; the
 * parsing of uploads has a pool of its own, as its tasks last as long as the import's reading (its database
 * writes included), and an alignment should not wait behind them.
 */
const POOL_OF: Record<keyof CpuTasks, PoolName> = {
  alignSentencesFirst: 'cpu',
  realignUnconfirmed: 'cpu',
  planSentenceLinks: 'cpu',
  validateSchema: 'cpu',
  checkSpelling: 'spelling',
  parseStream: 'parse',
  prepareArticle: 'parse',
  prepareTitledArticle: 'parse',
  readGlossaryFile: 'parse',
}

type PoolName = 'cpu' | 'parse' | 'spelling'

const KEY = Symbol.for('parallel.workerPools')

/**
 * One of the process's pools (kept on globalThis: Next may load this module more than once), started on
 * first use and closed at shutdown: `cpu` (alignment) and `parse` (uploads) of `cpuPoolSize()` threads each,
 * `spelling` of one.
 */
export function workerPool(name: PoolName): WorkerPool {
  const holder = globalThis as unknown as { [KEY]?: Partial<Record<PoolName, WorkerPool>> }
  const pools = (holder[KEY] ??= {})
  let pool = pools[name]
  if (!pool) {
    const created = createWorkerPool({ size: name === 'spelling' ? 1 : cpuPoolSize(), spawn: spawnCpuWorker })
    pool = pools[name] = created
    onShutdown(`worker threads (${name})`, async () => {
      if (pools[name] === created) delete pools[name]
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
  if (cpuPoolSize() === 0) {
    const run = CPU_TASKS[task] as (input: unknown, progress: (fraction: number) => void) => unknown
    return (await run(input, onProgress ?? (() => undefined))) as Awaited<ReturnType<CpuTasks[K]>>
  }
  return (await workerPool(POOL_OF[task]).run(task, input, onProgress)) as Awaited<ReturnType<CpuTasks[K]>>
}

/** libxml2's schema validation of an uploaded file, in a worker thread (`checkExchangeFile`'s `validate`). */
export const validateSchemaInWorker: ValidateSchema = (text, name, keep) =>
  runCpuTask('validateSchema', { text, name, keep })
