import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { Prisma } from '@prisma/client'
import type { Db } from '@/lib/db/client'
import { getImportJobInput, type ImportJobInput } from '@/lib/db/import-jobs'
import {
  claimJob,
  completeJob,
  failJob,
  fencedDb,
  JobLeaseLostError,
  releaseJob,
  renewJobLease,
  retryJob,
  saveJobCheckpoint,
  saveJobProgress,
  type ClaimedJob,
} from '@/lib/db/job-queue'
import { deleteUpload } from '@/lib/db/upload-chunks'
import { isAppError } from '@/lib/errors'
import { jobError } from './job-error'

/** What a job's handler is given: the job, the client, and fenced ways to record progress and checkpoints. */
export type JobContext = {
  job: ImportJobInput
  /** The plain client, for reads and for writes that are safe to repeat. */
  db: Db
  /** Records progress; throws `JobLeaseLostError` once the job is another worker's. */
  progress(processed: number, total?: number): Promise<void>
  /** Records a checkpoint outside a transaction (fenced). */
  checkpoint(value: Prisma.InputJsonValue): Promise<void>
  /**
   * A client whose every transaction checks this worker still holds the job and, inside it, records
   * `checkpointOf(result)` (nothing when it answers undefined): the work and its record commit together.
   */
  fenced(checkpointOf: (result: unknown) => Prisma.InputJsonValue | undefined): Db
}

/** Runs one job; resolves to its result. An AppError fails the job; another error is retried. */
export type JobHandler = (context: JobContext) => Promise<Prisma.InputJsonValue>

export type JobWorkerOptions = {
  handlers: Record<string, JobHandler>
  /** This worker's name in `leaseOwner`: the host, the process and a random part. */
  owner?: string
  /** How long a claim holds without a heartbeat; another instance takes the job over after that. */
  leaseMs?: number
  /** How often an idle worker looks for work (a job queued in this process wakes it at once). */
  pollMs?: number
  /** The first retry's delay, doubled at each attempt. */
  retryMs?: number
}

export const DEFAULT_LEASE_MS = 60_000

/**
 * A worker of the job queue: it claims one job at a time, runs its handler while renewing the lease
 * (every third of the lease), and ends the job done, failed or queued again for a retry. A worker
 * that loses its lease stops writing (every write is fenced) and drops the job, which the new owner
 * resumes from the checkpoint.
 */
export class JobWorker {
  readonly owner: string
  private readonly leaseMs: number
  private readonly pollMs: number
  private readonly retryMs: number
  private stopped = true
  private wake: (() => void) | undefined
  private running: { id: string } | undefined
  private loop: Promise<void> | undefined

  constructor(
    private readonly db: Db,
    private readonly options: JobWorkerOptions,
  ) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
    this.pollMs = options.pollMs ?? 2000
    this.retryMs = options.retryMs ?? 5000
  }

  /** Starts the claim loop. */
  start(): this {
    if (!this.stopped) return this
    this.stopped = false
    this.loop = this.run()
    return this
  }

  /** Looks for work now (a job was just queued). */
  kick(): void {
    this.wake?.()
  }

  /** Stops claiming, and gives the running job up so that another instance takes it over at once. */
  async stop(): Promise<void> {
    this.stopped = true
    this.kick()
    const running = this.running
    if (running) await releaseJob(this.db, { id: running.id, owner: this.owner }).catch(() => undefined)
    await this.loop
  }

  /** Claims and runs jobs until none is left; answers how many it ran (tests, and the loop). */
  async drain(): Promise<number> {
    let ran = 0
    for (;;) {
      if (this.stopped && this.loop) return ran
      const claimed = await this.claim()
      if (!claimed) return ran
      await this.runClaimed(claimed)
      ran++
    }
  }

  /** Claims one job (the oldest due, or one whose lease expired; or the job `id`), without running it. */
  claim(id?: string): Promise<ClaimedJob | undefined> {
    return claimJob(this.db, {
      owner: this.owner,
      leaseMs: this.leaseMs,
      kinds: Object.keys(this.options.handlers),
      ...(id === undefined ? {} : { id }),
    })
  }

  /** Claims the job `id` and runs it to its end; false when it could not be claimed (not due, or held). */
  async runJob(id: string): Promise<boolean> {
    const claimed = await this.claim(id)
    if (!claimed) return false
    await this.runClaimed(claimed)
    return true
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.drain()
      } catch (error) {
        console.error('The job worker could not claim a job', error)
      }
      if (this.stopped) return
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs)
        timer.unref?.()
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      this.wake = undefined
    }
  }

  /** Runs a job this worker has claimed, to its end or until the lease is lost. */
  async runClaimed(claimed: ClaimedJob): Promise<void> {
    const fence = { id: claimed.id, owner: this.owner }
    const job = await getImportJobInput(this.db, claimed.id)
    if (claimed.attempts > claimed.maxAttempts) {
      // Its workers kept dying (or it kept failing): stop taking it.
      await this.end(job, () => failJob(this.db, fence, { code: 'import.interrupted' }))
      return
    }
    const handler = this.options.handlers[claimed.kind]
    if (!handler) return
    this.running = fence
    let lost = false
    const beat = this.heartbeat(fence, () => (lost = true))
    const context = this.context(job)
    try {
      const result = await handler(context)
      await this.end(job, () => completeJob(this.db, fence, result))
    } catch (error) {
      if (error instanceof JobLeaseLostError || lost) return
      if (!isAppError(error) && claimed.attempts < claimed.maxAttempts) {
        await retryJob(this.db, fence, {
          delayMs: this.retryMs * 2 ** (claimed.attempts - 1),
          error: jobError(error),
        }).catch(ignoreLostLease)
        return
      }
      await this.end(job, () => failJob(this.db, fence, jobError(error)))
    } finally {
      beat.stop()
      this.running = undefined
    }
  }

  /** What a handler of the job is given, every write fenced by this worker's lease. */
  context(job: ImportJobInput): JobContext {
    const fence = { id: job.id, owner: this.owner }
    return {
      job,
      db: this.db,
      progress: (processed, total) =>
        saveJobProgress(this.db, fence, { processed, ...(total === undefined ? {} : { total }) }),
      checkpoint: (value) => saveJobCheckpoint(this.db, fence, value),
      fenced: (checkpointOf) => fencedDb(this.db, fence, checkpointOf),
    }
  }

  /** Ends a job (done or failed) and deletes its upload, which no worker needs any more. */
  private async end(job: ImportJobInput, finish: () => Promise<void>): Promise<void> {
    try {
      await finish()
    } catch (error) {
      ignoreLostLease(error)
      return
    }
    if (job.uploadId) await deleteUpload(this.db, job.uploadId)
  }

  private heartbeat(fence: { id: string; owner: string }, onLost: () => void): { stop(): void } {
    let stopped = false
    let timer: NodeJS.Timeout | undefined
    const next = () => {
      if (stopped) return
      timer = setTimeout(() => {
        renewJobLease(this.db, { ...fence, leaseMs: this.leaseMs })
          .then((held) => (held ? next() : onLost()))
          .catch((error: unknown) => {
            console.error('The job worker could not renew a lease', error)
            next()
          })
      }, this.leaseMs / 3)
      timer.unref?.()
    }
    next()
    return {
      stop: () => {
        stopped = true
        clearTimeout(timer)
      },
    }
  }
}

function ignoreLostLease(error: unknown): void {
  if (!(error instanceof JobLeaseLostError)) throw error
}
