import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Db } from '@/lib/db/client'
import { importJobHandlers } from '../import-worker'
import { JobWorker, type JobWorkerOptions } from '../job-worker'

/** A worker of the import jobs for tests: not started (tests run jobs with `runJob`), its scratch in a temporary folder. */
export function importTestWorker(
  db: Db,
  options: Partial<JobWorkerOptions> & { maxBytes?: number } = {},
): JobWorker & { spoolDir: string } {
  const spoolDir = mkdtempSync(path.join(tmpdir(), 'parallel-job-'))
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024
  const worker = new JobWorker(db, {
    handlers: importJobHandlers({ maxBytes, maxFileBytes: maxBytes, spoolDir }),
    retryMs: 0,
    ...options,
  })
  return Object.assign(worker, { spoolDir })
}
