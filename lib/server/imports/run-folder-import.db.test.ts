import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { getImportJob } from '@/lib/db/import-jobs'
import { createTestActor } from '@/lib/db/test/factories'
import { importTestWorker } from '@/lib/server/jobs/test/import-test-worker'
import { testBackends } from '@/lib/db/test/test-databases'
import { pairZipFiles, type NamedFile } from '@/lib/corpus/pair-uploads'
import { writeDocx } from '@/lib/import/test-fixtures/zip'
import { queueFolderImport, type FolderImportResult } from './run-folder-import'

const text = (name: string, content: string): NamedFile => ({ name, data: new TextEncoder().encode(content) })

describe.each(testBackends())('runFolderImport on $name', ({ open }) => {
  let db: Db
  let actor: { id: string }
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => {
    await db.$disconnect()
  })

  test('makes a document per pair with its translation aligned, and reports the pairs that failed', async () => {
    const pairing = pairZipFiles(
      [
        text('one.txt', 'Der Hund schläft.\n\nDie Katze spielt im Garten.\n'),
        { name: 'two.docx', data: writeDocx(['Berlin hat viele Parks.', 'Die Spree fließt.']) },
        text('broken.txt', 'Grüße.'),
        text('alone.txt', 'Allein.'),
      ],
      [
        text('one.txt', 'Le chien dort.\n\nLe chat joue dans le jardin.\n'),
        text('two.md', 'Berlin a beaucoup de parcs.\n\nLa Spree coule.\n'),
        { name: 'broken.txt', data: new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]) },
      ],
    )
    const job = await queueFolderImport(
      db,
      { pairing, sourceLang: 'de', targetLang: 'fr', label: 'de.zip + fr.zip' },
      actor.id,
    )
    expect(await importTestWorker(db, { maxBytes: 1024 * 1024 }).runJob(job.id)).toBe(true)
    const view = await getImportJob(db, job.id)
    expect(view).toMatchObject({ kind: 'folder', status: 'done', processed: 3, total: 3, fileName: 'de.zip + fr.zip' })
    const result = view.result as FolderImportResult
    expect(result.unpaired).toEqual([{ fileName: 'alone.txt', reason: 'noCounterpart' }])
    expect(result.pairs).toEqual([
      { name: 'broken', fileName: 'broken.txt', error: { code: 'import.encoding' } },
      { name: 'one', documentId: expect.any(String), linkCount: 2 },
      { name: 'two', documentId: expect.any(String), linkCount: 2 },
    ])
    const made = result.pairs.flatMap((p) => ('documentId' in p && p.documentId ? [p.documentId] : []))
    const documents = await db.document.findMany({
      where: { id: { in: made } },
      select: {
        title: true,
        sourceLang: true,
        translations: { select: { lang: true, _count: { select: { segments: true } } } },
      },
      orderBy: { title: 'asc' },
    })
    expect(documents).toEqual([
      { title: 'one', sourceLang: 'de', translations: [{ lang: 'fr', _count: { segments: 2 } }] },
      { title: 'two', sourceLang: 'de', translations: [{ lang: 'fr', _count: { segments: 2 } }] },
    ])
    // The file that could not be read left no document behind.
    expect(await db.document.count({ where: { title: 'broken' } })).toBe(0)
  }, 120_000)
})
