import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '../richtext/text-to-doc'
import type { Db } from './client'
import { computeProgress } from '../workbench/progress'
import type { SegmentStatus } from '../workbench/segment-states'
import { newId, type LinkRow } from './bulk-insert'
import { segmentRow } from './test/factories'
import { createDocument, getDocument, summarizeTranslations } from './documents'
import { insertTranslation } from './insert-translation'
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

  test('the progress summed in the database is what computeProgress counts from the links', async () => {
    const texts = ['One two.', 'Three four five.', 'Six.', 'Seven eight.', 'Nine ten eleven twelve.', 'Thirteen.']
    const { id } = await createDocument(db, {
      title: `Progress ${Date.now()}`,
      sourceLang: 'en',
      paragraphs: texts.map(textToDoc),
    })
    const paragraphs = await db.sourceParagraph.findMany({ where: { documentId: id }, orderBy: { position: 'asc' } })
    const statuses: SegmentStatus[] = ['approved', 'rejected', 'translated', 'draft', 'empty', 'translated', 'approved']
    const segments = statuses.map((status, position) =>
      segmentRow(position, status === 'empty' ? '' : `Текст ${position}`, status),
    )
    const p = paragraphs.map((x) => x.id)
    const t = segments.map((x) => x.id)
    // 2:2 (approved + rejected), 1:1, 1:2 (draft + empty), 1:0, 1:1, 0:1, and one 1:1 with an approved target.
    const shapes: Array<[string[], string[]]> = [
      [
        [p[0]!, p[1]!],
        [t[0]!, t[1]!],
      ],
      [[p[2]!], [t[2]!]],
      [[p[3]!], [t[3]!, t[4]!]],
      [[p[4]!], []],
      [[], [t[5]!]],
      [[p[5]!], [t[6]!]],
    ]
    const links: LinkRow[] = shapes.map(([sourceIds, targetIds], position) => ({
      id: newId(),
      position,
      sourceIds,
      targetIds,
      confidence: null,
      confirmed: false,
    }))
    await insertTranslation(db, { documentId: id, lang: 'ru', segments, links })
    const summary = (await summarizeTranslations(db, [id])).get(id)
    const expected = computeProgress(
      links,
      new Map(segments.map((x) => [x.id, x.status as SegmentStatus])),
      new Map(paragraphs.map((x) => [x.id, x.wordCount])),
    )
    expect(summary?.map((x) => x.progress)).toEqual([expected])
    expect(expected.byStatus).toMatchObject({
      rejected: { count: 1, words: 5 },
      empty: { count: 2, words: 6 },
      translated: { count: 2, words: 1 },
      approved: { count: 1, words: 1 },
    })
    expect(summary?.[0]?.filledSegments).toBe(6)
  })
})
