import type { Prisma } from '@prisma/client'
import { AppError } from '../errors'
import { newOrderedId } from './bulk-insert'
import type { DbOrTx } from './client'
import { rawSqlOf } from './raw-sql'

export type ImportJobStatus = 'queued' | 'running' | 'done' | 'failed'
export type ImportJobView = {
  id: string
  kind: string
  status: ImportJobStatus
  processed: number
  total: number
  fileName: string | null
  /** How many times a worker has taken the job (more than one after a retry or a takeover). */
  attempts: number
  result: unknown
  error: unknown
  createdAt: Date
  updatedAt: Date
}

const VIEW = {
  id: true,
  kind: true,
  status: true,
  processed: true,
  total: true,
  fileName: true,
  attempts: true,
  result: true,
  error: true,
  createdAt: true,
  updatedAt: true,
} as const

/** What a job may carry as options: who queued it, the languages, the document, a folder's files. */
export type ImportJobOptions = {
  documentId?: string
  update?: boolean
  actorId?: string
  sourceLang?: string
  targetLang?: string
  [key: string]: Prisma.InputJsonValue | undefined
}

/** Queues a background import; its file, if any, is already stored as the upload `uploadId` (`writeUpload`). */
export async function createImportJob(
  db: DbOrTx,
  input: {
    kind: string
    fileName: string
    /** The stored upload (`lib/db/upload-chunks.ts`), deleted when the job ends; none when the options hold the input. */
    uploadId?: string
    total: number
    options: ImportJobOptions
  },
): Promise<{ id: string }> {
  const raw = rawSqlOf(db)
  if (raw) {
    // Through the driver: a folder import's options list every file (3 MB for 20,000 pairs), which took
    // Prisma 2.9 s on PGlite, in one piece the other requests waited behind.
    const id = newOrderedId()
    await raw.query(
      `INSERT INTO "ImportJob" ("id", "kind", "fileName", "uploadId", "total", "options", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, now())`,
      [id, input.kind, input.fileName, input.uploadId ?? null, input.total, JSON.stringify(input.options)],
    )
    return { id }
  }
  return db.importJob.create({
    data: {
      kind: input.kind,
      fileName: input.fileName,
      uploadId: input.uploadId ?? null,
      total: input.total,
      options: input.options as Prisma.InputJsonObject,
    },
    select: { id: true },
  })
}

/** Who asks for jobs: an admin sees every job, anyone else the jobs they started (`options.actorId`). */
export type JobViewer = { id: string; role: string }

const visibleTo = (viewer: JobViewer | undefined): Prisma.ImportJobWhereInput =>
  !viewer || viewer.role === 'admin' ? {} : { options: { path: ['actorId'], equals: viewer.id } }

/**
 * One job as the API shows it; throws `import.jobNotFound`, also for a job of someone else's when a
 * viewer is given (its file name and result are that person's; a 404 does not even say it exists).
 */
export async function getImportJob(db: DbOrTx, id: string, viewer?: JobViewer): Promise<ImportJobView> {
  const job = await db.importJob.findFirst({ where: { id, ...visibleTo(viewer) }, select: VIEW })
  if (!job) throw new AppError('import.jobNotFound')
  return job
}

/** The most recent jobs the viewer may see (all without one), newest first. */
export async function listImportJobs(
  db: DbOrTx,
  { take = 20, viewer }: { take?: number; viewer?: JobViewer } = {},
): Promise<ImportJobView[]> {
  return db.importJob.findMany({ where: visibleTo(viewer), orderBy: { createdAt: 'desc' }, take, select: VIEW })
}

/** What a worker needs to run a job: its upload, options and checkpoint. */
export async function getImportJobInput(db: DbOrTx, id: string) {
  const job = await db.importJob.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      fileName: true,
      uploadId: true,
      total: true,
      options: true,
      status: true,
      attempts: true,
      checkpoint: true,
      createdAt: true,
    },
  })
  if (!job) throw new AppError('import.jobNotFound')
  return { ...job, options: (job.options ?? {}) as ImportJobOptions }
}

export type ImportJobInput = Awaited<ReturnType<typeof getImportJobInput>>

/** Sets a job's fields directly (tests, and jobs outside the queue); a worker writes through `lib/db/job-queue.ts`. */
export async function updateImportJob(
  db: DbOrTx,
  id: string,
  data: {
    status?: ImportJobStatus
    processed?: number
    total?: number
    result?: Prisma.InputJsonValue
    error?: Prisma.InputJsonValue
  },
): Promise<void> {
  await db.importJob.update({ where: { id }, data, select: { id: true } })
}
