import { rm } from 'node:fs/promises'
import type { DbOrTx } from '@/lib/db/client'
import { markImportJobsInterrupted } from '@/lib/db/import-jobs'

/**
 * Marks queued or running jobs that no process runs any more (the server restarted) as failed
 * with `import.interrupted`, and deletes their uploads. Jobs run inside the one server process,
 * so `runningIds` is the truth.
 */
export async function failInterruptedImportJobs(db: DbOrTx, runningIds: string[]): Promise<number> {
  const { count, filePaths } = await markImportJobsInterrupted(db, runningIds)
  // The runner deletes these when it finishes; an interrupted job never will.
  const paths = filePaths.flatMap((filePath) => [filePath, `${filePath}.slots`])
  await Promise.all(paths.map((filePath) => rm(filePath, { force: true })))
  return count
}
