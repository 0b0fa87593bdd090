import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { getImportJob } from '@/lib/db/import-jobs'
import { createTestActor } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { deletePerson, updatePerson } from '@/lib/db/users'
import { pairZipFiles, type NamedFile } from '@/lib/corpus/pair-uploads'
import { FOLDER_IMPORT_KIND, queueFolderImport, runFolderImport } from '@/lib/server/imports/run-folder-import'
import { runTmImportJob, TM_IMPORT_KIND } from '@/lib/server/tm/run-tm-import-job'
import { queueFileImport } from './import-worker'
import { JobWorker } from './job-worker'
import { importTestWorker } from './test/import-test-worker'

const MAX = 10 * 1024 * 1024
const text = (name: string, content: string): NamedFile => ({ name, data: new TextEncoder().encode(content) })
const tmx = (units: Array<[string, string]>) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>${units
    .map(([en, sv]) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="sv"><seg>${sv}</seg></tuv></tu>`)
    .join('')}</body></tmx>`

/** A job of one kind, queued for `ownerId`, and what it would write: counted by the file names, unique per test. */
type Kind = {
  name: string
  queue(db: Db, ownerId: string, tag: string): Promise<{ id: string }>
  written(db: Db, tag: string): Promise<number>
}

const documentsFrom = (db: Db, fileName: string) =>
  db.document.count({ where: { origin: { path: ['fileName'], equals: fileName } } })

const KINDS: Kind[] = [
  {
    name: 'a folder import',
    queue: (db, ownerId, tag) =>
      queueFolderImport(
        db,
        {
          pairing: pairZipFiles([text(`${tag}.txt`, 'Der Hund schläft.')], [text(`${tag}.txt`, 'Le chien dort.')]),
          sourceLang: 'de',
          targetLang: 'fr',
          label: `${tag}.zip`,
        },
        ownerId,
      ),
    written: (db, tag) => documentsFrom(db, `${tag}.txt`),
  },
  {
    name: 'a TMX import into the memory',
    queue: (db, ownerId, tag) => {
      const file = tmx([[`Owner ${tag}.`, `Ägare ${tag}.`]])
      return queueFileImport(db, {
        kind: TM_IMPORT_KIND,
        fileName: `${tag}.tmx`,
        size: Buffer.byteLength(file),
        totalPerByte: 1,
        bytes: file,
        options: { actorId: ownerId, sourceLang: 'en', targetLang: 'sv' },
      })
    },
    written: (db, tag) => db.tmUnit.count({ where: { origin: `${tag}.tmx` } }),
  },
  {
    name: 'a document import',
    queue: (db, ownerId, tag) => {
      const file = tmx([[`Document ${tag}.`, `Dokument ${tag}.`]])
      return queueFileImport(db, {
        kind: 'tmx',
        fileName: `${tag}.tmx`,
        size: Buffer.byteLength(file),
        totalPerByte: 2,
        bytes: file,
        options: { actorId: ownerId },
      })
    },
    written: (db, tag) => documentsFrom(db, `${tag}.tmx`),
  },
]

describe.each(testBackends())('a queued import whose owner changed, on $name', ({ open }) => {
  let db: Db
  let made = 0
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => {
    await db.$disconnect()
  })

  /** Runs the job to its end and answers it, with how many times it was taken and whether its upload is gone. */
  const run = async (job: { id: string }) => {
    const { uploadId } = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { uploadId: true } })
    expect(await importTestWorker(db, { maxBytes: MAX }).runJob(job.id)).toBe(true)
    const uploads = await db.uploadChunk.count({ where: { uploadId: { startsWith: uploadId ?? '' } } })
    return { ...(await getImportJob(db, job.id)), uploads }
  }

  describe.each(KINDS)('$name', (kind) => {
    test('runs for an admin who still is one', async () => {
      const tag = `kept-${++made}`
      const owner = await createTestActor(db)
      const job = await kind.queue(db, owner.id, tag)
      expect(await run(job)).toMatchObject({ status: 'done' })
      expect(await kind.written(db, tag)).toBeGreaterThan(0)
      // The first job on a fresh PGlite starts the parse workers: slow on a loaded machine.
    }, 120_000)

    test('fails with import.ownerDeleted, at once and writing nothing, when its owner was deleted', async () => {
      const tag = `deleted-${++made}`
      const owner = await createTestActor(db)
      const job = await kind.queue(db, owner.id, tag)
      expect(await deletePerson(db, owner.id)).toBe(true)

      expect(await run(job)).toMatchObject({
        status: 'failed',
        attempts: 1,
        error: { code: 'import.ownerDeleted' },
        uploads: 0,
      })
      expect(await kind.written(db, tag)).toBe(0)
    })

    test('fails with import.ownerForbidden, at once and writing nothing, when its owner is no longer an admin', async () => {
      const tag = `demoted-${++made}`
      const owner = await createTestActor(db)
      const job = await kind.queue(db, owner.id, tag)
      await updatePerson(db, owner.id, { role: 'translator' })

      expect(await run(job)).toMatchObject({
        status: 'failed',
        attempts: 1,
        error: { code: 'import.ownerForbidden' },
        uploads: 0,
      })
      expect(await kind.written(db, tag)).toBe(0)
    })
  })

  test('a folder import whose owner is demoted after its first pair stops before the second; the first stays', async () => {
    const tag = `between-${++made}`
    const owner = await createTestActor(db)
    const pairing = pairZipFiles(
      [text(`${tag}-1.txt`, 'Der Hund schläft.'), text(`${tag}-2.txt`, 'Die Katze spielt.')],
      [text(`${tag}-1.txt`, 'Le chien dort.'), text(`${tag}-2.txt`, 'Le chat joue.')],
    )
    const job = await queueFolderImport(db, { pairing, sourceLang: 'de', targetLang: 'fr', label: tag }, owner.id)
    // The owner loses the right once the first pair is recorded: the job checks again before the next pair.
    const worker = new JobWorker(db, {
      handlers: {
        [FOLDER_IMPORT_KIND]: (context) =>
          runFolderImport(
            {
              ...context,
              progress: async (processed, total) => {
                await context.progress(processed, total)
                if (processed === 1) await updatePerson(db, owner.id, { role: 'reviewer' })
              },
            },
            { maxBytes: MAX },
          ),
      },
    })
    expect(await worker.runJob(job.id)).toBe(true)

    expect(await getImportJob(db, job.id)).toMatchObject({
      status: 'failed',
      processed: 1,
      error: { code: 'import.ownerForbidden' },
    })
    expect(await documentsFrom(db, `${tag}-1.txt`)).toBe(1)
    expect(await documentsFrom(db, `${tag}-2.txt`)).toBe(0)
  }, 60_000)

  test('a TMX import into the memory whose owner is deleted after its first chunk stops there, no unit written', async () => {
    const tag = `chunk-${++made}`
    const owner = await createTestActor(db)
    // Three 1 MB chunks, fewer units than one batch writes: none is written before the file is read whole.
    const units = Array.from({ length: 1_500 }, (_, i): [string, string] => [
      `${tag} ${i} ${'x'.repeat(1_600)}`,
      `${i}`,
    ])
    const file = tmx(units)
    const job = await queueFileImport(db, {
      kind: TM_IMPORT_KIND,
      fileName: `${tag}.tmx`,
      size: Buffer.byteLength(file),
      totalPerByte: 1,
      bytes: file,
      options: { actorId: owner.id, sourceLang: 'en', targetLang: 'sv' },
    })
    const worker = new JobWorker(db, {
      handlers: {
        [TM_IMPORT_KIND]: (context) =>
          runTmImportJob(
            {
              ...context,
              progress: async (processed, total) => {
                await context.progress(processed, total)
                if (processed > 0) await deletePerson(db, owner.id)
              },
            },
            { maxBytes: MAX },
          ),
      },
    })
    expect(await worker.runJob(job.id)).toBe(true)

    const ended = await getImportJob(db, job.id)
    expect(ended).toMatchObject({ status: 'failed', error: { code: 'import.ownerDeleted' } })
    expect(ended.processed).toBeLessThan(ended.total)
    expect(await db.tmUnit.count({ where: { origin: `${tag}.tmx` } })).toBe(0)
  }, 60_000)
})
