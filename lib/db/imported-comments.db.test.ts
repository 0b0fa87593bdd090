import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { getDocument } from './documents'
import { insertImportedComments } from './imported-comments'
import { insertTranslation } from './insert-translation'
import { createTestDocument, oneToOneRows } from './test/factories'
import { testBackends } from './test/test-databases'

describe.each(testBackends())('notes of an imported file on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('every note becomes a comment on its segment, with the author and date the file gives, past one statement of 500', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}.`)
    const { id } = await createTestDocument(db, paragraphs, 'Notes')
    const paragraphIds = (await getDocument(db, id))!.paragraphs.map((p) => p.id)
    const { segments, links } = oneToOneRows(paragraphIds, (i) => `Абзац ${i}.`, { confirmed: true })
    const dated = new Date('2024-03-05T06:07:08.009Z')
    const before = Date.now()
    // Two notes a segment (600 in all): one with an author and a date, one with neither.
    const written = await db.$transaction(async (tx) => {
      await insertTranslation(tx, { documentId: id, lang: 'ru', segments, links })
      return insertImportedComments(
        tx,
        segments.map((s, i) => ({
          segmentId: s.id,
          comments: [{ text: `Check term ${i}.`, author: 'reviewer', createdAt: dated }, { text: `Note ${i} & <b>` }],
        })),
      )
    })
    expect(written).toBe(600)
    const comments = await db.comment.findMany({
      where: { segmentId: { in: segments.map((s) => s.id) } },
      select: {
        id: true,
        segmentId: true,
        body: true,
        authorName: true,
        authorId: true,
        version: true,
        createdAt: true,
      },
    })
    expect(comments).toHaveLength(600)
    expect(new Set(comments.map((c) => c.id)).size).toBe(600)
    const position = new Map(segments.map((s, i) => [s.id, i]))
    for (const c of comments) {
      const i = position.get(c.segmentId)!
      expect(c.version).toBe(1)
      expect(c.authorId).toBeNull()
      if (c.authorName === 'reviewer') {
        expect(c.body).toBe(`Check term ${i}.`)
        expect(c.createdAt.toISOString()).toBe(dated.toISOString())
      } else {
        expect(c).toMatchObject({ body: `Note ${i} & <b>`, authorName: null })
        expect(c.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000)
      }
    }
    expect(await insertImportedComments(db, [{ segmentId: segments[0]!.id, comments: [] }])).toBe(0)
  })
})
