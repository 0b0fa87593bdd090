import { Prisma } from '@prisma/client'
import type { Db, DbOrTx } from './client'
import { overrideProperties } from './client-proxy'
import { attachRawSql, rawSqlOf, type RawTx } from './raw-sql'

/**
 * The job queue on the import job table (docs/decisions/017-job-queue.md): a worker claims the oldest
 * runnable job with `FOR UPDATE SKIP LOCKED`, holds it by a lease it renews (the heartbeat), and every
 * write of the job is fenced by that lease, so a worker that lost it (it stalled, and another instance
 * took the job over) can no longer change anything. Times are the database's clock, shared by every
 * instance.
 */

/** A claimed job: what the worker needs to run it. */
export type ClaimedJob = { id: string; kind: string; attempts: number; maxAttempts: number }

/** Thrown by a fenced write when the worker no longer holds the job's lease. */
export class JobLeaseLostError extends Error {
  constructor(readonly jobId: string) {
    super(`The lease of job ${jobId} was lost`)
    this.name = 'JobLeaseLostError'
  }
}

const lease = (leaseMs: number) => Prisma.sql`now() + make_interval(secs => ${leaseMs / 1000}::double precision)`

/**
 * Claims the oldest job that is queued (and due), or running under a lease that has expired (its worker
 * died or stalled): it becomes `running`, held by `owner` for `leaseMs`, one attempt more. Undefined
 * when there is none. Two workers never claim the same job: the row is locked while it is claimed and a
 * locked row is skipped. `id` claims that job only (if it is claimable).
 */
export async function claimJob(
  db: DbOrTx,
  { owner, leaseMs, kinds, id }: { owner: string; leaseMs: number; kinds: string[]; id?: string },
): Promise<ClaimedJob | undefined> {
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "ImportJob" SET "status" = 'running', "leaseOwner" = ${owner}, "leaseUntil" = ${lease(leaseMs)},
      "attempts" = "attempts" + 1, "updatedAt" = now()
    WHERE "id" = (
      SELECT "id" FROM "ImportJob"
      WHERE "kind" IN (${Prisma.join(kinds)}) ${id === undefined ? Prisma.empty : Prisma.sql`AND "id" = ${id}`}
        AND (("status" = 'queued' AND "runAfter" <= now()) OR ("status" = 'running' AND "leaseUntil" < now()))
      ORDER BY "createdAt", "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "attempts", "maxAttempts"`
  return rows[0]
}

/** Renews the lease; false when the job is no longer this worker's (taken over, or ended). */
export async function renewJobLease(
  db: DbOrTx,
  { id, owner, leaseMs }: { id: string; owner: string; leaseMs: number },
): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "ImportJob" SET "leaseUntil" = ${lease(leaseMs)}
    WHERE "id" = ${id} AND "leaseOwner" = ${owner} AND "status" = 'running'`
  return count === 1
}

/**
 * Locks the job's row for the rest of the transaction and checks the lease is still the worker's:
 * throws `JobLeaseLostError` otherwise, so the transaction rolls back. While the row is locked no
 * other worker can claim the job.
 */
export async function lockJobLease(tx: DbOrTx, { id, owner }: { id: string; owner: string }): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "ImportJob" WHERE "id" = ${id} AND "leaseOwner" = ${owner} AND "status" = 'running' FOR UPDATE`
  if (rows.length === 0) throw new JobLeaseLostError(id)
}

type Fence = { id: string; owner: string }

async function fencedUpdate(db: DbOrTx, { id, owner }: Fence, data: Prisma.ImportJobUpdateManyMutationInput) {
  const { count } = await db.importJob.updateMany({ where: { id, leaseOwner: owner, status: 'running' }, data })
  if (count === 0) throw new JobLeaseLostError(id)
}

/** Records progress (`processed` of `total`), if the worker still holds the job. */
export function saveJobProgress(db: DbOrTx, fence: Fence, progress: { processed: number; total?: number }) {
  return fencedUpdate(db, fence, progress)
}

/** Records the job's checkpoint: call it inside the transaction whose work it records. */
export function saveJobCheckpoint(db: DbOrTx, fence: Fence, checkpoint: Prisma.InputJsonValue) {
  return fencedUpdate(db, fence, { checkpoint })
}

/** Ends the job `done` with its result; the lease is released. */
export function completeJob(db: DbOrTx, fence: Fence, result: Prisma.InputJsonValue, processed?: number) {
  return fencedUpdate(db, fence, {
    status: 'done',
    result,
    ...(processed === undefined ? {} : { processed }),
    leaseOwner: null,
    leaseUntil: null,
  })
}

/**
 * Cancels a job that has not ended: it fails with `import.cancelled` and loses its lease in one
 * statement, so the worker running it is fenced out at its next write (whatever it wrote before stays;
 * its transaction under way rolls back). `ownerId` limits it to the person's own jobs (`options.actorId`).
 */
export async function cancelJob(db: DbOrTx, id: string, ownerId?: string): Promise<'cancelled' | 'ended' | 'notFound'> {
  const owned = ownerId === undefined ? Prisma.empty : Prisma.sql`AND "options"->>'actorId' = ${ownerId}`
  const rows = await db.$queryRaw<Array<{ status: string; cancelled: boolean }>>`
    WITH found AS (SELECT "id", "status" FROM "ImportJob" WHERE "id" = ${id} ${owned} FOR UPDATE),
    cancelled AS (
      UPDATE "ImportJob" j SET "status" = 'failed', "error" = '{"code":"import.cancelled"}'::jsonb,
        "leaseOwner" = NULL, "leaseUntil" = NULL, "updatedAt" = now()
      FROM found WHERE j."id" = found."id" AND found."status" IN ('queued', 'running')
      RETURNING j."id")
    SELECT found."status"::text AS "status", EXISTS (SELECT 1 FROM cancelled) AS "cancelled" FROM found`
  const row = rows[0]
  if (!row) return 'notFound'
  return row.cancelled ? 'cancelled' : 'ended'
}

/** Ends the job `failed` with its error; the lease is released. */
export function failJob(db: DbOrTx, fence: Fence, error: Prisma.InputJsonValue) {
  return fencedUpdate(db, fence, { status: 'failed', error, leaseOwner: null, leaseUntil: null })
}

/** Puts the job back in the queue, not to be claimed for `delayMs` (a retry after a passing failure). */
export async function retryJob(
  db: DbOrTx,
  fence: Fence,
  { delayMs, error }: { delayMs: number; error: Prisma.InputJsonValue },
) {
  const count = await db.$executeRaw`
    UPDATE "ImportJob" SET "status" = 'queued', "leaseOwner" = NULL, "leaseUntil" = NULL, "error" = ${JSON.stringify(error)}::jsonb,
      "runAfter" = now() + make_interval(secs => ${delayMs / 1000}::double precision), "updatedAt" = now()
    WHERE "id" = ${fence.id} AND "leaseOwner" = ${fence.owner} AND "status" = 'running'`
  if (count === 0) throw new JobLeaseLostError(fence.id)
}

/** Gives the job up at once (the worker is shutting down): its lease expires now, so any instance takes it over. */
export async function releaseJob(db: DbOrTx, fence: Fence): Promise<void> {
  await db.$executeRaw`
    UPDATE "ImportJob" SET "leaseUntil" = now() - interval '1 millisecond'
    WHERE "id" = ${fence.id} AND "leaseOwner" = ${fence.owner} AND "status" = 'running'`
}

/** Expires every running job's lease (the embedded database at start: no other process can hold one). */
export async function expireJobLeases(db: DbOrTx): Promise<number> {
  return db.$executeRaw`
    UPDATE "ImportJob" SET "leaseUntil" = now() - interval '1 millisecond' WHERE "status" = 'running'`
}

/**
 * The client a job's work goes through: each of its transactions first locks the job and checks the
 * lease (`lockJobLease`), and records `checkpointOf(result)` inside the same transaction (nothing when
 * it answers undefined). So what the job writes and what it says it wrote commit together, and a
 * worker that lost its lease writes nothing. The same holds for the transactions of its driver-level
 * runner (lib/db/raw-sql.ts), in which an import writes its rows.
 */
export function fencedDb(
  db: Db,
  fence: Fence,
  checkpointOf: (result: unknown) => Prisma.InputJsonValue | undefined,
): Db {
  const transaction = (fn: unknown, options?: unknown) => {
    if (typeof fn !== 'function') throw new Error('A job runs interactive transactions only')
    return db.$transaction(
      async (tx) => {
        await lockJobLease(tx, fence)
        const result: unknown = await (fn as (tx: Prisma.TransactionClient) => Promise<unknown>)(tx)
        const checkpoint = checkpointOf(result)
        if (checkpoint !== undefined) await saveJobCheckpoint(tx, fence, checkpoint)
        return result
      },
      options as Parameters<Db['$transaction']>[1],
    )
  }
  const fenced = overrideProperties(db, (property) => (property === '$transaction' ? transaction : undefined))
  const raw = rawSqlOf(db)
  const step = raw?.step
  if (raw)
    attachRawSql(fenced, {
      ...raw,
      transaction: (run) =>
        raw.transaction(async (tx) => {
          await lockJobLeaseRaw(tx, fence)
          const result = await run(tx)
          const checkpoint = checkpointOf(result)
          if (checkpoint !== undefined) await saveJobCheckpointRaw(tx, fence, checkpoint)
          return result
        }),
      // A step of a write in short transactions (PGlite) is fenced too, but records nothing: only the
      // write's last transaction, through `transaction`, says what was done.
      ...(step
        ? {
            step: (run) =>
              step(async (tx) => {
                await lockJobLeaseRaw(tx, fence)
                return run(tx)
              }),
          }
        : {}),
    })
  return fenced
}

async function lockJobLeaseRaw(tx: RawTx, { id, owner }: Fence): Promise<void> {
  const rows = await tx.query(
    `SELECT "id" FROM "ImportJob" WHERE "id" = $1 AND "leaseOwner" = $2 AND "status" = 'running' FOR UPDATE`,
    [id, owner],
  )
  if (rows.length === 0) throw new JobLeaseLostError(id)
}

async function saveJobCheckpointRaw(tx: RawTx, { id, owner }: Fence, checkpoint: Prisma.InputJsonValue) {
  const rows = await tx.query(
    `UPDATE "ImportJob" SET "checkpoint" = $3::jsonb, "updatedAt" = $4::timestamp ` +
      `WHERE "id" = $1 AND "leaseOwner" = $2 AND "status" = 'running' RETURNING "id"`,
    [id, owner, JSON.stringify(checkpoint), new Date().toISOString()],
  )
  if (rows.length === 0) throw new JobLeaseLostError(id)
}
