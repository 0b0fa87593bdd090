import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DbOrTx } from '../../db/client'
import { failInterruptedImportJobs } from './fail-interrupted-import-jobs'

/**
 * Run once when the server starts, before it takes requests: no process runs an import yet, so every
 * queued or running job was interrupted; they fail with `import.interrupted`. After that no job needs
 * a file, so every file in the import folder is deleted (uploads of imports that committed just
 * before the server died, slot spools, abandoned raw uploads).
 */
export async function recoverImportsAtStart(
  db: DbOrTx,
  { importDir }: { importDir: string },
): Promise<{ failedJobs: number; removedFiles: number }> {
  const failedJobs = await failInterruptedImportJobs(db)
  const names = await readdir(importDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const orphans = names.filter((entry) => entry.isFile()).map((entry) => path.join(importDir, entry.name))
  await Promise.all(orphans.map((file) => rm(file, { force: true })))
  return { failedJobs, removedFiles: orphans.length }
}
