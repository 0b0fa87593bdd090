import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { createImportJob, getImportJob, listImportJobs } from './import-jobs'
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
})
