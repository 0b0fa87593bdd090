import { rm } from 'node:fs/promises'
import type { DbOrTx } from '@/lib/db/client'
import { markImportJobsInterrupted } from '@/lib/db/import-jobs'

/**
 * Marks every queued or running job failed with `import.interrupted` and deletes its upload and slot
 * spool. Jobs run inside the one server process, so at start none of them runs any more.
 */
export async function failInterruptedImportJobs(db: DbOrTx): Promise<number> {
  const { count, filePaths } = await markImportJobsInterrupted(db)
  // The runner deletes these when it finishes; an interrupted job never will.
  const paths = filePaths.flatMap((filePath) => [filePath, `${filePath}.slots`])
  await Promise.all(paths.map((filePath) => rm(filePath, { force: true })))
  return count
}
