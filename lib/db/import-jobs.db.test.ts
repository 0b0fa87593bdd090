import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { createImportJob, getImportJob, listImportJobs } from './import-jobs'
import { cancelJob, claimJob, completeJob, JobLeaseLostError, saveJobProgress } from './job-queue'
import { testBackends } from './test/test-databases'

describe.each(testBackends())('who sees an import job on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('a person sees the jobs they started, an admin every job; someone else’s is not found', async () => {
    const tag = Math.random().toString(36).slice(2)
    const mine = await createImportJob(db, {
      kind: 'tmx',
      fileName: `mine-${tag}.tmx`,
      total: 1,
      options: { actorId: `a-${tag}` },
    })
    const theirs = await createImportJob(db, {
      kind: 'tmx',
      fileName: `theirs-${tag}.tmx`,
      total: 1,
      options: { actorId: `b-${tag}` },
    })
    const me = { id: `a-${tag}`, role: 'translator' }
    const admin = { id: `admin-${tag}`, role: 'admin' }

    expect((await getImportJob(db, mine.id, me)).fileName).toBe(`mine-${tag}.tmx`)
    await expect(getImportJob(db, theirs.id, me)).rejects.toMatchObject({ code: 'import.jobNotFound' })
    expect((await getImportJob(db, theirs.id, admin)).fileName).toBe(`theirs-${tag}.tmx`)

    const names = async (viewer: { id: string; role: string }) =>
      (await listImportJobs(db, { viewer, take: 100 })).map((job) => job.fileName).filter((name) => name?.includes(tag))
    expect(await names(me)).toEqual([`mine-${tag}.tmx`])
    expect((await names(admin)).sort()).toEqual([`mine-${tag}.tmx`, `theirs-${tag}.tmx`])
  })
  test('cancelling: a queued job fails as cancelled, a running one too and its worker is fenced out, an ended one stays', async () => {
    const tag = Math.random().toString(36).slice(2)
    const kind = `cancel-${tag}`
    const job = (name: string) =>
      createImportJob(db, { kind, fileName: name, total: 10, options: { actorId: `a-${tag}` } })
    const queued = await job('queued')
    expect(await cancelJob(db, queued.id, `someone-else-${tag}`)).toBe('notFound')
    expect(await cancelJob(db, queued.id, `a-${tag}`)).toBe('cancelled')
    expect(await getImportJob(db, queued.id)).toMatchObject({ status: 'failed', error: { code: 'import.cancelled' } })
    expect(await claimJob(db, { owner: 'w', leaseMs: 60_000, kinds: [kind] })).toBeUndefined()

    const running = await job('running')
    const claimed = (await claimJob(db, { owner: 'w', leaseMs: 60_000, kinds: [kind] }))!
    expect(claimed.id).toBe(running.id)
    await saveJobProgress(db, { id: running.id, owner: 'w' }, { processed: 3 })
    expect(await cancelJob(db, running.id)).toBe('cancelled')
    await expect(saveJobProgress(db, { id: running.id, owner: 'w' }, { processed: 4 })).rejects.toBeInstanceOf(
      JobLeaseLostError,
    )
    expect(await getImportJob(db, running.id)).toMatchObject({
      status: 'failed',
      processed: 3,
      error: { code: 'import.cancelled' },
    })

    const done = await job('done')
    await claimJob(db, { owner: 'w', leaseMs: 60_000, kinds: [kind] })
    await completeJob(db, { id: done.id, owner: 'w' }, { ok: true })
    expect(await cancelJob(db, done.id)).toBe('ended')
    expect(await getImportJob(db, done.id)).toMatchObject({ status: 'done' })
  })
})
