import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../db/client'
import { createImportJob, getImportJob, updateImportJob } from '../../db/import-jobs'
import { testBackends } from '../../db/test/test-databases'
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

  test('fails the jobs a dead server left queued or running, and deletes every upload no live job needs', async () => {
    const file = (name: string) => path.join(dir, name)
    for (const name of ['queued.tmx', 'running.xliff', 'running.xliff.slots', 'committed.upload', 'stray.json'])
      await writeFile(file(name), 'x')
    const queued = await createImportJob(db, {
      kind: 'tmx',
      fileName: 'q.tmx',
      filePath: file('queued.tmx'),
      total: 2,
      options: {},
    })
    const running = await createImportJob(db, {
      kind: 'xliff',
      fileName: 'r.xliff',
      filePath: file('running.xliff'),
      total: 2,
      options: {},
    })
    await updateImportJob(db, running.id, { status: 'running' })
    // The server died after this import committed and before it deleted its upload.
    const done = await createImportJob(db, {
      kind: 'tmx',
      fileName: 'd.tmx',
      filePath: file('committed.upload'),
      total: 2,
      options: {},
    })
    await updateImportJob(db, done.id, { status: 'done', result: {} })

    const recovered = await recoverImportsAtStart(db, { importDir: dir })

    expect(recovered.removedFiles).toBe(2)
    expect(recovered.failedJobs).toBeGreaterThanOrEqual(2)
    expect(await readdir(dir)).toEqual([])
    for (const id of [queued.id, running.id])
      expect(await getImportJob(db, id)).toMatchObject({ status: 'failed', error: { code: 'import.interrupted' } })
    expect(await getImportJob(db, done.id)).toMatchObject({ status: 'done' })
  })

  test('a missing import folder is not an error', async () => {
    await expect(recoverImportsAtStart(db, { importDir: path.join(dir, 'none') })).resolves.toMatchObject({
      removedFiles: 0,
    })
  })
})
