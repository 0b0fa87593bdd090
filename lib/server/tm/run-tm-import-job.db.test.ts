import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { getImportJob } from '@/lib/db/import-jobs'
import { createTestActor } from '@/lib/db/test/factories'
import { upsertTmUnits } from '@/lib/db/tm-units'
import { testBackends } from '@/lib/db/test/test-databases'
import { queueFileImport } from '@/lib/server/jobs/import-worker'
import { importTestWorker } from '@/lib/server/jobs/test/import-test-worker'
import { TM_IMPORT_KIND } from './run-tm-import-job'

const tmx = (units: Array<[string, string]>) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>${units
    .map(([en, sv]) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="sv"><seg>${sv}</seg></tuv></tu>`)
    .join('')}</body></tmx>`

describe.each(testBackends())('TMX import jobs on $name', ({ open }) => {
  let db: Db
  let admin: { id: string }
  beforeAll(async () => {
    db = await open()
    admin = await createTestActor(db)
  })
  afterAll(async () => {
    await db.$disconnect()
  })

  const queue = async (fileName: string, text: string) => {
    const job = await queueFileImport(db, {
      kind: TM_IMPORT_KIND,
      fileName,
      size: Buffer.byteLength(text),
      totalPerByte: 1,
      bytes: text,
      options: { actorId: admin.id, sourceLang: 'en', targetLang: 'sv' },
    })
    const { uploadId } = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { uploadId: true } })
    return { ...job, uploadId: uploadId ?? '', size: Buffer.byteLength(text) }
  }

  test('streams the stored file into the memory of the pair, counting the bytes read, and ends done with the counts', async () => {
    // Big enough to span several 1 MB chunks, so progress is recorded more than once.
    const units = Array.from({ length: 1_500 }, (_, i): [string, string] => [
      `Sentence number ${i} of the job test, padded ${'x'.repeat(1_600)}`,
      `Mening nummer ${i} i jobbtestet`,
    ])
    const job = await queue('big.tmx', tmx(units))
    expect(job.size).toBeGreaterThan(2 * 1024 * 1024)
    expect(await db.uploadChunk.count({ where: { uploadId: job.uploadId } })).toBe(Math.ceil(job.size / 1024 ** 2))

    expect(await importTestWorker(db).runJob(job.id)).toBe(true)

    expect(await getImportJob(db, job.id)).toMatchObject({
      kind: TM_IMPORT_KIND,
      status: 'done',
      processed: job.size,
      total: job.size,
      result: { units: 1_500, added: 1_500, updated: 0 },
    })
    expect(await db.tmUnit.count({ where: { srcLang: 'en', tgtLang: 'sv', origin: 'big.tmx' } })).toBe(1_500)
    expect(await db.uploadChunk.count({ where: { uploadId: job.uploadId } })).toBe(0)
  }, 120_000)

  test('a job taken over after its worker died half-way adds no unit twice', async () => {
    const units = Array.from({ length: 300 }, (_, i): [string, string] => [`Half ${i}.`, `Halv ${i}.`])
    const job = await queue('half.tmx', tmx(units))
    const dead = importTestWorker(db, { owner: 'dead' })
    await dead.claim(job.id)
    // It wrote the first units, then died.
    await upsertTmUnits(
      db,
      units.slice(0, 100).map(([source, target]) => ({
        srcLang: 'en',
        tgtLang: 'sv',
        source,
        target,
        origin: 'half.tmx',
        originLabel: 'half.tmx',
        status: 'imported' as const,
        updatedAt: new Date(0),
      })),
    )
    await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(0) } })

    expect(await importTestWorker(db, { owner: 'next' }).runJob(job.id)).toBe(true)

    expect(await getImportJob(db, job.id)).toMatchObject({ status: 'done', attempts: 2, result: { units: 300 } })
    expect(await db.tmUnit.count({ where: { origin: 'half.tmx' } })).toBe(300)
  })

  test('a broken file fails the job with the reader’s problem, without a retry, and its upload is removed', async () => {
    const job = await queue('broken.tmx', tmx([['One', 'Ett']]).replace('</body>', '<tu><tuv'))

    expect(await importTestWorker(db).runJob(job.id)).toBe(true)

    const stored = await getImportJob(db, job.id)
    expect(stored).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: { code: 'import.invalidFile', format: 'tmx' },
    })
    expect(await db.uploadChunk.count({ where: { uploadId: job.uploadId } })).toBe(0)
  })
})
