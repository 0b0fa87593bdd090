import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Db } from '@/lib/db/client'
import { newId } from '@/lib/db/bulk-insert'
import { copyDate, copyRow } from '@/lib/db/copy-text'
import { createImportJob, getImportJob, getImportJobInput } from '@/lib/db/import-jobs'
import { JobLeaseLostError } from '@/lib/db/job-queue'
import { rawSqlOf } from '@/lib/db/raw-sql'
import { testBackends } from '@/lib/db/test/test-databases'
import { AppError } from '@/lib/errors'
import { JobWorker, type JobContext, type JobHandler } from './job-worker'

const KIND = 'worker-test'

/** A promise and the function that settles it: a handler waits on it where the test wants it to stop. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

describe.each(testBackends())('the job queue on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => {
    await db.$disconnect()
  })

  const queue = (fileName: string, maxAttempts?: number) =>
    createImportJob(db, { kind: KIND, fileName, total: 10, options: {} }).then(async (job) => {
      if (maxAttempts) await db.importJob.update({ where: { id: job.id }, data: { maxAttempts } })
      return job
    })
  const worker = (owner: string, handler: JobHandler, options: { leaseMs?: number; retryMs?: number } = {}) =>
    new JobWorker(db, { owner, handlers: { [KIND]: handler }, retryMs: 0, ...options })
  /** A handler that writes one document in a fenced transaction, its title the job's file name (and records it, unless told not to). */
  const writeDocument = async (context: JobContext, { checkpoint = true } = {}) => {
    const { id } = await context
      .fenced((made) => (checkpoint ? { documentId: (made as { id: string }).id } : undefined))
      .$transaction((tx) =>
        tx.document.create({ data: { title: context.job.fileName ?? '', sourceLang: 'en' }, select: { id: true } }),
      )
    return { documentId: id }
  }
  const documentsTitled = (title: string) => db.document.count({ where: { title } })

  test('a job held by a live worker is not claimed by another; when the worker stops renewing its lease, the other takes the job over', async () => {
    const job = await queue('lease')
    const dead = worker('dies', writeDocument, { leaseMs: 1500 })
    const other = worker('takes over', writeDocument)
    expect(await dead.claim(job.id)).toMatchObject({ id: job.id, attempts: 1 })
    expect(await other.claim(job.id)).toBeUndefined()

    // The first worker died right after claiming: no heartbeat. Its lease runs out on the database's clock.
    let ran = false
    while (!ran) {
      ran = await other.runJob(job.id)
      if (!ran) await sleep(100)
    }

    expect(await getImportJob(db, job.id)).toMatchObject({ status: 'done', attempts: 2 })
    expect(await documentsTitled('lease')).toBe(1)
    // The first query of a fresh PGlite is slow on a loaded machine.
  }, 120_000)

  test('the heartbeat keeps a long job its worker’s', async () => {
    const job = await queue('heartbeat')
    const wait = gate()
    const renewed = gate()
    const slow = worker(
      'slow',
      async (context) => {
        await wait.opened
        return writeDocument(context)
      },
      { leaseMs: 1500 },
    )
    const running = slow.runJob(job.id)
    const first = (await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).leaseUntil
    // Wait for the heartbeat to push the lease further than the claim set it.
    void (async () => {
      for (;;) {
        const now = (await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).leaseUntil
        if (now && first && now > first) return renewed.open()
        await sleep(50)
      }
    })()
    await renewed.opened
    expect(await worker('other', writeDocument).claim(job.id)).toBeUndefined()
    wait.open()
    await running
    expect(await getImportJob(db, job.id)).toMatchObject({ status: 'done', attempts: 1 })
  })

  test('a worker that lost its lease (it stalled) writes nothing: the job is done once, by the worker that took it over', async () => {
    const job = await queue('stalled')
    const wait = gate()
    const errors: unknown[] = []
    const stalled = worker('stalled', async (context) => {
      await wait.opened
      // No checkpoint: the lease check alone keeps the stalled worker from writing.
      return writeDocument(context, { checkpoint: false }).catch((error: unknown) => {
        errors.push(error)
        throw error
      })
    })
    const running = stalled.runJob(job.id)
    await expect.poll(async () => (await getImportJob(db, job.id)).status).toBe('running')
    // Its lease expires while it stalls, and another worker takes the job over and finishes it.
    await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(0) } })
    expect(await worker('next', writeDocument).runJob(job.id)).toBe(true)
    const done = await getImportJob(db, job.id)

    wait.open()
    await running

    expect(errors).toEqual([expect.any(JobLeaseLostError)])
    expect(await getImportJob(db, job.id)).toEqual(done)
    expect(await documentsTitled('stalled')).toBe(1)
  })

  test('the driver-level transactions of a fenced client (an import’s COPY) are fenced too: the checkpoint commits with the rows, and a lost lease writes nothing', async () => {
    /** Writes a document through the fenced client's driver-level runner, as `applySlotStream` does. */
    const rawDocument = (context: JobContext) =>
      rawSqlOf(context.fenced((made) => ({ documentId: made as string })))!.transaction(async (tx) => {
        const id = newId()
        await tx.copy(
          'Document',
          ['id', 'title', 'sourceLang', 'updatedAt'],
          copyRow([id, context.job.fileName ?? '', 'en', copyDate(new Date())]),
        )
        return id
      })

    const held = await queue('raw held')
    const holder = worker('raw holder', writeDocument)
    expect(await holder.claim(held.id)).toBeDefined()
    const documentId = await rawDocument(holder.context(await getImportJobInput(db, held.id)))
    expect((await getImportJobInput(db, held.id)).checkpoint).toEqual({ documentId })
    expect(await documentsTitled('raw held')).toBe(1)

    const lost = await queue('raw lost')
    const loser = worker('raw loser', writeDocument)
    expect(await loser.claim(lost.id)).toBeDefined()
    const context = loser.context(await getImportJobInput(db, lost.id))
    // Another worker took the job over while this one stalled.
    await db.importJob.update({ where: { id: lost.id }, data: { leaseOwner: 'raw winner' } })
    await expect(rawDocument(context)).rejects.toBeInstanceOf(JobLeaseLostError)
    expect(await documentsTitled('raw lost')).toBe(0)
    expect((await getImportJobInput(db, lost.id)).checkpoint).toBeNull()
  })

  test('progress is recorded while the job runs, and refused once the lease is lost', async () => {
    const job = await queue('progress')
    const seen: unknown[] = []
    const ok = await worker('progress', async (context) => {
      await context.progress(4, 8)
      seen.push(await getImportJob(db, job.id))
      await db.importJob.update({ where: { id: job.id }, data: { leaseOwner: 'someone else' } })
      await context.progress(5).catch((error: unknown) => seen.push(error))
      return {}
    }).runJob(job.id)
    expect(ok).toBe(true)
    expect(seen).toEqual([
      expect.objectContaining({ status: 'running', processed: 4, total: 8 }),
      expect.any(JobLeaseLostError),
    ])
    // The worker that lost it does not end the job either.
    expect(await getImportJob(db, job.id)).toMatchObject({ status: 'running', processed: 4 })
  })

  test('a passing failure is retried up to the job’s attempts, then fails the job', async () => {
    // An unknown error is logged as a bug each time it happens (`jobError`).
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const flaky = await queue('flaky')
    let calls = 0
    const handler: JobHandler = async (context) => {
      calls++
      if (calls < 3) throw new Error('connection reset')
      return writeDocument(context)
    }
    const w = worker('retries', handler)
    expect(await w.runJob(flaky.id)).toBe(true)
    expect(await getImportJob(db, flaky.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      error: { code: 'server.internal' },
    })
    expect(await w.runJob(flaky.id)).toBe(true)
    expect(await w.runJob(flaky.id)).toBe(true)
    expect(await getImportJob(db, flaky.id)).toMatchObject({ status: 'done', attempts: 3 })

    const broken = await queue('broken', 2)
    const always = worker('always fails', async () => {
      throw new Error('still broken')
    })
    expect(await always.runJob(broken.id)).toBe(true)
    expect(await always.runJob(broken.id)).toBe(true)
    expect(await getImportJob(db, broken.id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      error: { code: 'server.internal' },
    })
    expect(await always.runJob(broken.id)).toBe(false)
    expect(logged.mock.calls.map(([error]) => String(error))).toEqual([
      'Error: connection reset',
      'Error: connection reset',
      'Error: still broken',
      'Error: still broken',
    ])
  })

  test('a retry waits for its back-off; a refusal (an AppError) is not retried', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const later = await queue('later')
    const w = worker(
      'backs off',
      async () => {
        throw new Error('timeout')
      },
      { retryMs: 60_000 },
    )
    expect(await w.runJob(later.id)).toBe(true)
    expect(await getImportJob(db, later.id)).toMatchObject({ status: 'queued', attempts: 1 })
    expect(await w.runJob(later.id)).toBe(false)
    expect(logged).toHaveBeenCalledTimes(1)

    const refused = await queue('refused')
    expect(
      await worker('refuses', async () => {
        throw new AppError('import.invalidFile', { format: 'tmx', problems: [] })
      }).runJob(refused.id),
    ).toBe(true)
    expect(await getImportJob(db, refused.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: { code: 'import.invalidFile', format: 'tmx' },
    })
  })

  test('a job whose workers keep dying fails as interrupted once its attempts are spent', async () => {
    const job = await queue('cursed', 2)
    for (const owner of ['first', 'second']) {
      expect(await worker(owner, writeDocument).claim(job.id)).toBeDefined()
      await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(0) } })
    }
    expect(await worker('third', writeDocument).runJob(job.id)).toBe(true)
    expect(await getImportJob(db, job.id)).toMatchObject({
      status: 'failed',
      attempts: 3,
      error: { code: 'import.interrupted' },
    })
    expect(await documentsTitled('cursed')).toBe(0)
  })

  test('two workers claiming at once never take the same job', async () => {
    const jobs = await Promise.all(['a', 'b', 'c', 'd'].map((name) => queue(`race-${name}`)))
    const ids = new Set(jobs.map((j) => j.id))
    const claims = await Promise.all(
      ['x', 'y', 'x2', 'y2', 'x3', 'y3'].map((owner) => worker(owner, writeDocument).claim()),
    )
    const mine = claims.filter((c) => c && ids.has(c.id)).map((c) => c!.id)
    expect(new Set(mine).size).toBe(mine.length)
    expect(mine.length).toBe(4)
  })
})
