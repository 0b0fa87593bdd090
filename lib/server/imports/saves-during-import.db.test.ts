import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import type { Slot } from '@/lib/exchange/unit-slots'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { applySlotStream, type SlotImport } from '@/lib/db/apply-slot-stream'
import type { Db } from '@/lib/db/client'
import { getDocument, listDocuments } from '@/lib/db/documents'
import { getExportSource } from '@/lib/db/export-source'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, findTranslation, getTranslation } from '@/lib/db/translations'

// Slots a batch in these tests: small, so an import of a few thousand slots runs as many short transactions on PGlite.
const BATCH = 50
// An import that other work is waiting for goes on, a batch at a time, until that work is done or this many slots are written.
const MAX_SLOTS = 20_000

const slotOf = (i: number): Slot => ({
  paragraphs: [i],
  source: textToDoc(`Paragraph ${i} of the source.`),
  targets: { ru: { content: textToDoc(`Абзац ${i} перевода.`), text: `Абзац ${i} перевода.`, status: 'translated' } },
})

/**
 * Slots that start `work` once `startAt` slots have been read, then go on until it has settled (or
 * MAX_SLOTS): on PGlite, work that must wait for the import to end makes it write all MAX_SLOTS.
 */
function slotsWhile(work: () => Promise<unknown>, startAt = 500) {
  const done: { settled: boolean; work?: Promise<unknown> } = { settled: false }
  async function* slots(): AsyncGenerator<Slot> {
    for (let i = 0; i < MAX_SLOTS; i++) {
      if (i === startAt)
        done.work = work().finally(() => {
          done.settled = true
        })
      if (done.settled) return
      yield slotOf(i)
    }
  }
  return { slots, done }
}

const newDocument = (title: string): SlotImport['document'] => ({
  kind: 'new',
  title,
  sourceLang: 'en',
  origin: { fileName: `${title}.tmx` },
})

describe.each(testBackends())('applySlotStream on $name', ({ name, open }) => {
  let db: Db
  let actor: Actor
  let segment: { id: string; version: number }

  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
    const { id } = await createTestDocument(db, ['One.', 'Two.'], 'Saved')
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const view = await getTranslation(db, { documentId: id, lang: 'ru' })
    segment = view!.rows[0]!.targets[0]!
  })
  afterAll(() => db.$disconnect())

  async function save(text: string) {
    const saved = await saveSegment(
      db,
      { segmentId: segment.id, version: segment.version, content: textToDoc(text) },
      actor,
    )
    segment.version = saved.version
  }

  test('a save made while a new document is written completes before the import does', async () => {
    const order: string[] = []
    const { slots, done } = slotsWhile(() => save('Сохранено во время импорта.').then(() => order.push('save')))
    const result = await applySlotStream(
      db,
      { document: newDocument('Imported while saving'), langs: ['ru'], slots, batchSize: BATCH },
      actor,
    )
    order.push('import')
    await done.work
    expect(order).toEqual(['save', 'import'])
    expect(result.paragraphs).toBeLessThan(MAX_SLOTS)
    expect(await getDocument(db, result.documentId)).toMatchObject({ paragraphCount: result.paragraphs })
  })

  test('a document still being written is not listed, opened, exported nor found by its translation', async () => {
    const title = `Half written ${name} ${Math.random()}`
    const { slots, done } = slotsWhile(async () => {
      // The rows so far, read directly: on PGlite the import's first transactions have committed them.
      const hidden = await db.document.findFirst({ where: { title }, select: { id: true, importing: true } })
      return {
        hidden,
        listed: (await listDocuments(db)).some((d) => d.title === title),
        opened: hidden && (await getDocument(db, hidden.id)),
        exported: hidden && (await getExportSource(db, { documentId: hidden.id })),
        translation: hidden && (await findTranslation(db, { documentId: hidden.id, lang: 'ru' })),
      }
    })
    const result = await applySlotStream(
      db,
      { document: newDocument(title), langs: ['ru'], slots, batchSize: BATCH },
      actor,
    )
    const seen = await done.work
    // PostgreSQL shows nothing of an open transaction; PGlite has committed a hidden document.
    if (name === 'pglite') expect(seen).toMatchObject({ hidden: { id: result.documentId, importing: true } })
    expect(seen).toMatchObject({ listed: false })
    expect(seen).not.toMatchObject({ opened: expect.anything() })
    expect(seen).not.toMatchObject({ exported: expect.anything() })
    expect(seen).not.toMatchObject({ translation: expect.anything() })
    expect((await listDocuments(db)).some((d) => d.title === title)).toBe(true)
  })

  test('a failed import leaves no document, paragraph or translation behind', async () => {
    const title = `Failed ${name} ${Math.random()}`
    const before = await Promise.all([db.sourceParagraph.count(), db.targetSegment.count(), db.translation.count()])
    async function* slots(): AsyncGenerator<Slot> {
      for (let i = 0; i < 20 * BATCH; i++) yield slotOf(i)
      throw new Error('the file broke off')
    }
    await expect(
      applySlotStream(db, { document: newDocument(title), langs: ['ru'], slots, batchSize: BATCH }, actor),
    ).rejects.toThrow('the file broke off')
    expect(await db.document.count({ where: { title } })).toBe(0)
    expect(await Promise.all([db.sourceParagraph.count(), db.targetSegment.count(), db.translation.count()])).toEqual(
      before,
    )
  })

  test('a save made while a long document is created from text completes before the document is', async () => {
    const order: string[] = []
    const creating = createTestDocument(
      db,
      Array.from({ length: 20 * 500 }, (_, i) => `Paragraph ${i}.`),
      'Created while saving',
    ).then(() => order.push('create'))
    await save('Сохранено во время создания.').then(() => order.push('save'))
    await creating
    expect(order).toEqual(['save', 'create'])
  })

  test('a save made while a long document is exported completes before the export does', async () => {
    async function* slots(): AsyncGenerator<Slot> {
      for (let i = 0; i < 40 * BATCH; i++) yield slotOf(i)
    }
    const imported = await applySlotStream(
      db,
      { document: newDocument('Exported while saving'), langs: ['ru'], slots, batchSize: BATCH * 10 },
      actor,
    )
    const source = await getExportSource(db, { documentId: imported.documentId, pageSize: 10 })
    const order: string[] = []
    let saving: Promise<unknown> | undefined
    let links = 0
    for await (const link of source!.translations[0]!.links) {
      if (links++ === 10) saving = save('Сохранено во время экспорта.').then(() => order.push('save'))
      expect(link.target).toHaveLength(1)
    }
    order.push('export')
    await saving
    expect(links).toBe(40 * BATCH)
    expect(order).toEqual(['save', 'export'])
  })
})
