import { Worker, type WorkerOptions } from 'node:worker_threads'

/**
 * A worker running a TypeScript entry from source (Vitest, tsx scripts): tsx's loader is registered in the
 * worker before the entry is imported. Node 20 ignores `--import tsx` in a worker's `execArgv` for the
 * entry itself, hence the small bootstrap, which finds tsx from the entry's folder.
 */
export function spawnTypeScriptWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const bootstrap = `
    const { createRequire } = require('node:module')
    const path = require('node:path')
    const { pathToFileURL } = require('node:url')
    const entry = ${JSON.stringify(entry.href)}
    const api = path.join(path.dirname(createRequire(entry).resolve('tsx')), 'esm/api/index.mjs')
    import(pathToFileURL(api).href).then((tsx) => { tsx.register(); return import(entry) })
  `
  return new Worker(bootstrap, { ...options, eval: true })
}
