import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DbOrTx } from '../../db/client'
import { deleteImportingDocuments } from '../../db/importing-documents'
import { expireJobLeases } from '../../db/job-queue'
import { deleteOrphanUploads } from '../../db/upload-chunks'

/** An upload no job refers to is kept this long (it may be being stored right now by another instance). */
const ORPHAN_UPLOAD_MS = 60 * 60_000

/**
 * Run once when an instance starts, before it takes requests. Jobs are no longer failed: a running
 * job whose instance died is taken over by a worker once its lease expires (docs/jobs.md). On the
 * embedded database (`embedded`) no other process can hold a lease, so every lease expires now and the
 * jobs resume at once. Uploads no job waits for are deleted, and so is every file of this instance's
 * import folder: it only holds scratch files (slot spools) of attempts that died with the process.
 * On the embedded database, documents an import was still writing in short transactions when the
 * process died (hidden, `importing`) are deleted; their jobs start again (docs/decisions/022).
 */
export async function recoverImportsAtStart(
  db: DbOrTx,
  { importDir, embedded }: { importDir: string; embedded: boolean },
): Promise<{ resumedJobs: number; removedUploads: number; removedFiles: number; removedDocuments: number }> {
  const removedDocuments = embedded ? await deleteImportingDocuments(db) : 0
  const resumedJobs = embedded ? await expireJobLeases(db) : 0
  const removedUploads = await deleteOrphanUploads(db, { olderThanMs: embedded ? 0 : ORPHAN_UPLOAD_MS })
  const names = await readdir(importDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const scratch = names.filter((entry) => entry.isFile()).map((entry) => path.join(importDir, entry.name))
  await Promise.all(scratch.map((file) => rm(file, { force: true })))
  return { resumedJobs, removedUploads, removedFiles: scratch.length, removedDocuments }
}
