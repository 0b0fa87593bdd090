import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../db/client'
import { createImportJob, getImportJob, updateImportJob } from '../../db/import-jobs'
import { claimJob } from '../../db/job-queue'
import { writeUpload } from '../../db/upload-chunks'
import { createTestDocument } from '../../db/test/factories'
import { testBackends } from '../../db/test/test-databases'
import { createTranslation } from '../../db/translations'
import { recoverImportsAtStart } from './recover-imports-at-start'

describe.each(testBackends())('recoverImportsAtStart on $name', ({ open }) => {
  let db: Db
  let dir: string
  beforeAll(async () => {
    db = await open()
    dir = await mkdtemp(path.join(tmpdir(), 'parallel-imports-'))
  })
  afterAll(async () => {
    await db.$disconnect()
    await rm(dir, { recursive: true, force: true })
  })

  const kinds = ['recover-test']
  const queueWithUpload = async (name: string) => {
    const uploadId = `${name}-${Math.random().toString(36).slice(2)}`
    await writeUpload(db, uploadId, `<tmx>${name}</tmx>`)
    const job = await createImportJob(db, { kind: kinds[0]!, fileName: name, uploadId, total: 1, options: {} })
    return { ...job, uploadId }
  }
  const chunks = (uploadId: string) => db.uploadChunk.count({ where: { uploadId } })

  test('on the embedded database, a running job resumes at once and uploads and files no job needs are deleted', async () => {
    for (const name of ['job.slots', 'stray.upload']) await writeFile(path.join(dir, name), 'x')
    const running = await queueWithUpload('running')
    expect(await claimJob(db, { owner: 'dead process', leaseMs: 60_000, kinds, id: running.id })).toBeDefined()
    const done = await queueWithUpload('done')
    await updateImportJob(db, done.id, { status: 'done', result: {} })
    await writeUpload(db, 'orphan-upload', 'bytes of a request that never queued its job')
    // Other test files on this database may have left running jobs of their own: each is resumed too.
    const runningJobs = await db.importJob.count({ where: { status: 'running' } })

    const recovered = await recoverImportsAtStart(db, { importDir: dir, embedded: true })

    expect(recovered).toMatchObject({ resumedJobs: runningJobs, removedFiles: 2 })
    expect(await readdir(dir)).toEqual([])
    expect(await chunks('orphan-upload')).toBe(0)
    expect(await chunks(done.uploadId)).toBe(0)
    // The running job is not failed: its upload stays, and the next worker takes it over.
    expect(await chunks(running.uploadId)).toBe(1)
    expect((await getImportJob(db, running.id)).status).toBe('running')
    expect(await claimJob(db, { owner: 'new process', leaseMs: 60_000, kinds, id: running.id })).toMatchObject({
      attempts: 2,
    })
  })

  test('on the embedded database, a document an interrupted import left hidden is deleted, and no other', async () => {
    const hidden = await createTestDocument(db, ['Written before the crash.', 'Also.'], 'Hidden')
    await createTranslation(db, { documentId: hidden.id, lang: 'ru' })
    await db.document.update({ where: { id: hidden.id }, data: { importing: true } })
    const shown = await createTestDocument(db, ['Imported to the end.'], 'Shown')

    const recovered = await recoverImportsAtStart(db, { importDir: dir, embedded: true })

    expect(recovered.removedDocuments).toBeGreaterThanOrEqual(1)
    expect(await db.document.count({ where: { id: hidden.id } })).toBe(0)
    expect(await db.sourceParagraph.count({ where: { documentId: hidden.id } })).toBe(0)
    expect(await db.translation.count({ where: { documentId: hidden.id } })).toBe(0)
    expect(await db.document.count({ where: { id: shown.id } })).toBe(1)
  })

  test('on PostgreSQL shared by instances, a running job keeps its lease and a fresh upload is kept', async () => {
    const running = await queueWithUpload('other instance')
    expect(await claimJob(db, { owner: 'live instance', leaseMs: 60_000, kinds, id: running.id })).toBeDefined()
    await writeUpload(db, 'being-stored', 'an upload another instance is storing now')

    const recovered = await recoverImportsAtStart(db, { importDir: dir, embedded: false })

    expect(recovered.resumedJobs).toBe(0)
    expect(await chunks('being-stored')).toBe(1)
    expect(await claimJob(db, { owner: 'starting instance', leaseMs: 60_000, kinds, id: running.id })).toBeUndefined()
  })

  test('a missing import folder is not an error', async () => {
    await expect(
      recoverImportsAtStart(db, { importDir: path.join(dir, 'none'), embedded: false }),
    ).resolves.toMatchObject({ removedFiles: 0 })
  })
})
