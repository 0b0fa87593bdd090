import { createReadStream } from 'node:fs'
import type { Prisma } from '@prisma/client'
import { rm } from 'node:fs/promises'
import { AppError, isAppError, type ErrorCode } from '@/lib/errors'
import { checkExchangeFile } from '@/lib/exchange/check-exchange-file'
import type { ImportFormat } from '@/lib/exchange/detect-format'
import type { Db } from '@/lib/db/client'
import { databaseUnavailableReason } from '@/lib/db/db-unavailable'
import { getImportJobInput, updateImportJob } from '@/lib/db/import-jobs'
import { getActorById } from '@/lib/db/users'
import { log } from '@/lib/log'
import { importExchangeFile } from './import-exchange-file'

const MAX_PROBLEMS = 200

/** Reads a file in 1 MB chunks, reporting the bytes read so far after each. */
async function* readCounting(filePath: string, onBytes: (bytes: number) => Promise<void>): AsyncGenerator<Uint8Array> {
  let bytes = 0
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1024 * 1024 })) {
    yield chunk as Buffer
    bytes += (chunk as Buffer).byteLength
    await onBytes(bytes)
  }
}

/**
 * Runs a queued import in this process: checks the file, then reads and writes it in one
 * transaction; the job ends `done` with the result or
 * `failed` with the error or check report. The uploaded file is removed either way.
 */
export async function runImportJob(db: Db, jobId: string, { maxBytes }: { maxBytes: number }): Promise<void> {
  const job = await getImportJobInput(db, jobId)
  if (!job.filePath) return
  const size = Math.max(1, Math.floor(job.total / 2))
  // Reading is 90% of the bar (check, then import); the last 10% is the write transaction, during
  // which PGlite's one connection cannot record progress.
  const progress = (pass: number) => (bytes: number) =>
    updateImportJob(db, jobId, { processed: Math.floor(job.total * 0.45 * (pass + Math.min(1, bytes / size))) })
  const format = job.kind as ImportFormat
  try {
    await updateImportJob(db, jobId, { status: 'running', processed: 0 })
    const report = await checkExchangeFile(readCounting(job.filePath, progress(0)), format, maxBytes)
    if (!report.ok) {
      await updateImportJob(db, jobId, {
        status: 'failed',
        error: { code: 'import.invalidFile', format, problems: report.problems.slice(0, MAX_PROBLEMS) },
      })
      return
    }
    // The person who uploaded the file; gone since (deleted) means the import cannot run for them.
    const actor = await getActorById(db, String(job.options.actorId ?? ''), 'session')
    if (!actor) throw new AppError('auth.required')
    const input = readCounting(job.filePath, progress(1))
    const result = await importExchangeFile(
      db,
      {
        input,
        format,
        fileName: job.fileName ?? '',
        documentId: job.options.documentId,
        update: job.options.update === true,
        languages: {
          ...(job.options.sourceLang ? { sourceLang: job.options.sourceLang } : {}),
          ...(job.options.targetLang ? { targetLang: job.options.targetLang } : {}),
        },
        maxBytes,
        spoolPath: `${job.filePath}.slots`,
      },
      actor,
    )
    await updateImportJob(db, jobId, { status: 'done', processed: job.total, result })
  } catch (error) {
    await updateImportJob(db, jobId, { status: 'failed', error: jobError(error) })
  } finally {
    await rm(job.filePath, { force: true })
  }
}

/**
 * A failure as a job stores it, with the codes an HTTP answer would carry (`errorToResponse`):
 * an AppError with its details, a lost database as `server.unavailable`, anything else as a logged
 * bug, `server.internal`.
 */
export function jobError(error: unknown): Prisma.InputJsonObject {
  if (isAppError(error))
    return { code: error.code, ...(JSON.parse(JSON.stringify(error.details ?? {})) as Prisma.InputJsonObject) }
  const reason = databaseUnavailableReason(error)
  if (reason) return { code: 'server.unavailable' satisfies ErrorCode, reason }
  log().error({ err: error }, 'import job failed')
  return { code: 'server.internal' satisfies ErrorCode }
}
