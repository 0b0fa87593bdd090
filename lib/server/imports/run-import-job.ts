import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Prisma } from '@prisma/client'
import type { Action } from '@/lib/auth/permissions'
import { AppError } from '@/lib/errors'
import type { ImportFormat } from '@/lib/exchange/detect-format'
import { readUpload } from '@/lib/db/upload-chunks'
import { authorizeJobOwner } from '@/lib/server/jobs/authorize-job-owner'
import type { JobContext } from '@/lib/server/jobs/job-worker'
import { rememberConfirmedLinks } from '@/lib/server/tm/remember-confirmed-links'
import { checkExchangeFileInWorker } from '@/lib/server/workers/parse-in-worker'
import type { ImportResult } from '@/lib/db/apply-import-plan'
import { importExchangeFile } from './import-exchange-file'

const MAX_PROBLEMS = 200

/** The kinds of document import job: the file's format. */
export const DOCUMENT_IMPORT_KINDS: ImportFormat[] = ['tmx', 'xliff', 'json']

/** What its route lets a person import a document file for, and what the job checks they still may. */
export const DOCUMENT_IMPORT_ACTION = 'documents.create' satisfies Action

/**
 * What a document import job records when its write transaction commits: the transaction's result (a
 * new or extended document's `ImportResult`; the counts of an update, with the job's `documentId`).
 */
type DocumentImportCheckpoint = { written: true; result: Partial<ImportResult> }

/** Reads a stored upload, reporting the bytes read so far after each chunk. */
async function* readCounting(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: (bytes: number) => Promise<void>,
): AsyncGenerator<Uint8Array> {
  let bytes = 0
  for await (const chunk of chunks) {
    yield chunk
    bytes += chunk.byteLength
    await onBytes(bytes)
  }
}

/**
 * Runs a document import job (`POST /api/imports` with a big file): checks the stored upload, then
 * reads and writes it in one transaction, fenced by the job's lease, which also records the result as
 * the job's checkpoint (on PGlite a new document is written in short fenced transactions, and the
 * last one, which shows it, records the checkpoint: docs/decisions/022). A worker that died before the commit left nothing, so the next one starts
 * again; one that died after it left the checkpoint, so the next one only finishes (the memory's
 * update, which is safe to repeat) and never makes a second document. `spoolDir` holds this attempt's
 * slot spool, a scratch file of this instance.
 */
export async function runImportJob(
  context: JobContext,
  { maxBytes, spoolDir }: { maxBytes: number; spoolDir: string },
): Promise<Prisma.InputJsonValue> {
  const { job, db } = context
  // The import writes as the person who uploaded the file: deleted or demoted since, it does not run.
  const actor = await authorizeJobOwner(db, job, DOCUMENT_IMPORT_ACTION)
  const done = job.checkpoint as DocumentImportCheckpoint | null
  if (done?.written) {
    await rememberTranslations(context, done.result, actor.name)
    return done.result as unknown as Prisma.InputJsonObject
  }
  if (!job.uploadId) throw new AppError('import.empty')
  const uploadId = job.uploadId
  const size = Math.max(1, Math.floor(job.total / 2))
  // Reading is 90% of the bar (check, then import); the last 10% is the write transaction, during
  // which PGlite's one connection cannot record progress.
  const progress = (pass: number) => (bytes: number) =>
    context.progress(Math.floor(job.total * 0.45 * (pass + Math.min(1, bytes / size))))
  const format = job.kind as ImportFormat
  await context.progress(0)
  const report = await checkExchangeFileInWorker(readCounting(readUpload(db, uploadId), progress(0)), format, maxBytes)
  if (!report.ok) throw new AppError('import.invalidFile', { format, problems: report.problems.slice(0, MAX_PROBLEMS) })
  let written = false
  const fenced = context.fenced((result) => {
    // The first transaction is the import's write; later ones (the memory) record nothing.
    if (written) return undefined
    written = true
    const record = { documentId: job.options.documentId, ...(result as object) }
    return { written: true, result: record } as unknown as Prisma.InputJsonObject
  })
  const spoolPath = path.join(spoolDir, `${job.id}-${job.attempts}.slots`)
  try {
    const result = await importExchangeFile(
      fenced,
      {
        input: readCounting(readUpload(db, uploadId), progress(1)),
        format,
        fileName: job.fileName ?? '',
        documentId: job.options.documentId,
        update: job.options.update === true,
        languages: {
          ...(job.options.sourceLang ? { sourceLang: job.options.sourceLang } : {}),
          ...(job.options.targetLang ? { targetLang: job.options.targetLang } : {}),
        },
        maxBytes,
        spoolPath,
      },
      actor,
    )
    await context.progress(job.total)
    return result as unknown as Prisma.InputJsonObject
  } finally {
    await rm(spoolPath, { force: true })
  }
}

/** The memory's update after an import, again (a takeover after the write committed): it only upserts. */
async function rememberTranslations(context: JobContext, result: Partial<ImportResult>, author: string) {
  if (!result.documentId || !Array.isArray(result.languages)) return
  const translations = await context.db.translation.findMany({
    where: { documentId: result.documentId, lang: { in: result.languages } },
    select: { id: true },
  })
  await rememberConfirmedLinks(context.db, { translationIds: translations.map((t) => t.id), author })
  await context.progress(context.job.total)
}
