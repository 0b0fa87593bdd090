import type { Prisma } from '@prisma/client'
import { AppError } from '../errors'
import type { DbOrTx } from './client'

export type ImportJobStatus = 'queued' | 'running' | 'done' | 'failed'
export type ImportJobView = {
  id: string
  kind: string
  status: ImportJobStatus
  processed: number
  total: number
  fileName: string | null
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
  result: true,
  error: true,
  createdAt: true,
  updatedAt: true,
} as const

/** Queues a background import of a file already saved at `filePath`. */
export async function createImportJob(
  db: DbOrTx,
  input: {
    kind: string
    fileName: string
    /** The upload on disk, deleted when the job ends; none when the job holds its input in memory. */
    filePath?: string
    total: number
    options: { documentId?: string; update?: boolean; actorId?: string; sourceLang?: string; targetLang?: string }
  },
): Promise<{ id: string }> {
  return db.importJob.create({
    data: {
      kind: input.kind,
      fileName: input.fileName,
      filePath: input.filePath ?? null,
      total: input.total,
      options: input.options,
    },
    select: { id: true },
  })
}

/** One job as the API shows it; throws `import.jobNotFound`. */
export async function getImportJob(db: DbOrTx, id: string): Promise<ImportJobView> {
  const job = await db.importJob.findUnique({ where: { id }, select: VIEW })
  if (!job) throw new AppError('import.jobNotFound')
  return job
}

/** The most recent jobs, newest first. */
export async function listImportJobs(db: DbOrTx, { take = 20 }: { take?: number } = {}): Promise<ImportJobView[]> {
  return db.importJob.findMany({ orderBy: { createdAt: 'desc' }, take, select: VIEW })
}

/** The stored file and options of a job, for the runner. */
export async function getImportJobInput(db: DbOrTx, id: string) {
  const job = await db.importJob.findUnique({
    where: { id },
    select: { id: true, kind: true, fileName: true, filePath: true, total: true, options: true, status: true },
  })
  if (!job) throw new AppError('import.jobNotFound')
  return {
    ...job,
    options: (job.options ?? {}) as {
      documentId?: string
      update?: boolean
      actorId?: string
      sourceLang?: string
      targetLang?: string
    },
  }
}

/** Records progress: how much of `total` has been read. */
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

/**
 * Marks every queued or running job failed with `import.interrupted` (no process runs them any more:
 * the server restarted). Returns how many it marked and the upload paths those jobs had.
 */
export async function markImportJobsInterrupted(db: DbOrTx): Promise<{ count: number; filePaths: string[] }> {
  const where = { status: { in: ['queued', 'running'] } } satisfies Prisma.ImportJobWhereInput
  const lost = await db.importJob.findMany({ where, select: { id: true, filePath: true } })
  if (lost.length === 0) return { count: 0, filePaths: [] }
  const { count } = await db.importJob.updateMany({
    where: { ...where, id: { in: lost.map((job) => job.id) } },
    data: { status: 'failed', error: { code: 'import.interrupted' } },
  })
  return { count, filePaths: lost.flatMap((job) => (job.filePath ? [job.filePath] : [])) }
}
