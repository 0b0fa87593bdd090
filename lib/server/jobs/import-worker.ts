import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import type { Db } from '@/lib/db/client'
import { createImportJob, type ImportJobOptions } from '@/lib/db/import-jobs'
import { deleteUpload, writeUpload, type UploadSource } from '@/lib/db/upload-chunks'
import { readEnv } from '@/lib/env'
import { importDirPath } from '@/lib/http/import-upload'
import { DOCUMENT_IMPORT_KINDS, runImportJob } from '@/lib/server/imports/run-import-job'
import { FOLDER_IMPORT_KIND, runFolderImport } from '@/lib/server/imports/run-folder-import'
import { runTmImportJob, TM_IMPORT_KIND } from '@/lib/server/tm/run-tm-import-job'
import { JobWorker, type JobHandler, type JobWorkerOptions } from './job-worker'

/** The handlers of every import job kind: document imports by format, folder imports, TMX into the memory. */
export function importJobHandlers({
  maxBytes,
  maxFileBytes,
  spoolDir,
}: {
  maxBytes: number
  maxFileBytes: number
  spoolDir: string
}): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {
    [FOLDER_IMPORT_KIND]: (context) => runFolderImport(context, { maxBytes: maxFileBytes }),
    [TM_IMPORT_KIND]: (context) => runTmImportJob(context, { maxBytes }),
  }
  for (const kind of DOCUMENT_IMPORT_KINDS)
    handlers[kind] = async (context) => {
      await mkdir(spoolDir, { recursive: true, mode: 0o700 })
      return runImportJob(context, { maxBytes, spoolDir })
    }
  return handlers
}

/** A worker for the import jobs, with the limits of the environment. */
export function createImportWorker(db: Db, options: Partial<JobWorkerOptions> = {}): JobWorker {
  const env = readEnv()
  return new JobWorker(db, {
    handlers: importJobHandlers({
      maxBytes: env.PARALLEL_MAX_IMPORT_BYTES,
      maxFileBytes: env.PARALLEL_MAX_UPLOAD_BYTES,
      spoolDir: importDirPath(env),
    }),
    leaseMs: env.PARALLEL_JOB_LEASE_MS,
    ...options,
  })
}

const cache = globalThis as unknown as { parallelImportWorker?: JobWorker }

/**
 * This instance's import worker, started on first use (at server start, `instrumentation.ts`, and by
 * every route that queues or shows jobs): every instance runs one, so a job queued anywhere is run,
 * and taken over when its instance dies.
 */
export function ensureImportWorker(db: Db): JobWorker {
  return (cache.parallelImportWorker ??= createImportWorker(db).start())
}

/**
 * Queues an import of a file: the bytes are stored in the database first (streamed, in chunks), so
 * whichever instance claims the job can read them; then the job is created. The route then wakes its
 * instance's worker (`ensureImportWorker(db).kick()`).
 */
export async function queueFileImport(
  db: Db,
  input: {
    kind: string
    fileName: string
    /** The file's size; the job's `total` is `size × totalPerByte`. */
    size: number
    totalPerByte: number
    bytes: UploadSource
    options: ImportJobOptions
  },
): Promise<{ id: string }> {
  const uploadId = randomUUID()
  try {
    await writeUpload(db, uploadId, input.bytes)
    const job = await createImportJob(db, {
      kind: input.kind,
      fileName: input.fileName,
      uploadId,
      total: input.size * input.totalPerByte,
      options: input.options,
    })
    return job
  } catch (error) {
    await deleteUpload(db, uploadId).catch(() => undefined)
    throw error
  }
}
