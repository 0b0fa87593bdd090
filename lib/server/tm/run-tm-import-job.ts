import type { Prisma } from '@prisma/client'
import type { Action } from '@/lib/auth/permissions'
import { readUpload } from '@/lib/db/upload-chunks'
import { AppError } from '@/lib/errors'
import { authorizeJobOwner } from '@/lib/server/jobs/authorize-job-owner'
import type { JobContext } from '@/lib/server/jobs/job-worker'
import { importTmxToMemory } from './import-tmx-to-memory'

/** The kind of import job a TMX import into the memory is. */
export const TM_IMPORT_KIND = 'tm'

/** What its route lets a person queue a TMX import into the memory for, and what the job checks they still may. */
export const TM_IMPORT_ACTION = 'memory.import' satisfies Action

/**
 * Runs a TMX import into the memory of a pair (`POST /api/tm/import` with a big file): the stored upload
 * is streamed into `importTmxToMemory`, the job's `processed` counting the bytes read (of `total`, the
 * file's size); the result is `{ units, added, updated, unchanged }`. A takeover simply starts again: writing a
 * unit twice leaves one row (identical pairs are one unit, the newest wins). The progress writes are
 * fenced, so a worker that lost its lease stops at its next chunk. So does a job whose owner was deleted or
 * may no longer import into the memory (`authorizeJobOwner`, checked first and after each chunk).
 */
export async function runTmImportJob(
  context: JobContext,
  { maxBytes }: { maxBytes: number },
): Promise<Prisma.InputJsonValue> {
  const { job, db } = context
  const { sourceLang, targetLang } = job.options
  if (!sourceLang || !targetLang) throw new AppError('validation.invalid', { field: 'srcLang' })
  if (!job.uploadId) throw new AppError('import.empty')
  const uploadId = job.uploadId
  await authorizeJobOwner(db, job, TM_IMPORT_ACTION)
  await context.progress(0)
  async function* counted(): AsyncGenerator<Uint8Array> {
    let bytes = 0
    for await (const chunk of readUpload(db, uploadId)) {
      yield chunk
      bytes += chunk.byteLength
      await context.progress(Math.min(bytes, job.total))
      // One query per chunk (1 MB): units are written as the file is read, so a later change stops them here.
      await authorizeJobOwner(db, job, TM_IMPORT_ACTION)
    }
  }
  return importTmxToMemory(db, {
    srcLang: sourceLang,
    tgtLang: targetLang,
    input: counted(),
    fileName: job.fileName ?? '',
    maxBytes,
    // The time of units the file gives none: when the job was queued, the same on a takeover.
    now: job.createdAt,
  })
}
