import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '../richtext/text-to-doc'
import type { Db } from './client'
import { createDocument, getDocument } from './documents'
import { testBackends } from './test/test-databases'

// Volume, not speed: the timeout below only leaves room for 60,000 rows on a busy machine.
const PARAGRAPHS = 20_000

describe.each(testBackends())('large documents on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('three 20,000-paragraph documents created at once are all stored whole', async () => {
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => textToDoc(`Paragraph ${i} with a few words in it.`))
    const created = await Promise.all(
      [1, 2, 3].map((n) => createDocument(db, { title: `Large ${n} ${Date.now()}`, sourceLang: 'en', paragraphs })),
    )
    for (const { id } of created) {
      const stored = await db.sourceParagraph.aggregate({
        where: { documentId: id },
        _count: { _all: true },
        _max: { position: true },
        _sum: { wordCount: true },
      })
      expect(stored._count._all).toBe(PARAGRAPHS)
      expect(stored._max.position).toBe(PARAGRAPHS - 1)
      expect(stored._sum.wordCount).toBe(PARAGRAPHS * 8)
    }
  }, 120_000)

  test('a document read with a paragraph limit has its first paragraphs and the whole document’s counts', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => textToDoc(`Paragraph ${i} has five words.`))
    const { id } = await createDocument(db, { title: `Preview ${Date.now()}`, sourceLang: 'en', paragraphs })
    const preview = await getDocument(db, id, { paragraphLimit: 10 })
    expect(preview?.paragraphs.map((p) => p.text)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Paragraph ${i} has five words.`),
    )
    expect(preview).toMatchObject({ paragraphCount: 30, wordCount: 150 })
    expect(await getDocument(db, id)).toMatchObject({ paragraphCount: 30, wordCount: 150 })
  })
})
