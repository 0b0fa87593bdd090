import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '../richtext/text-to-doc'
import type { Db } from './client'
import { writeSegments } from './segments'
import { createTestActor, createTestDocument } from './test/factories'
import { testBackends } from './test/test-databases'
import { createTranslation, getTranslation } from './translations'

describe.each(testBackends())('writing many segments at their versions on $name', ({ open }) => {
  let db: Db
  let actor: { id: string }
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  async function translation(paragraphs: number) {
    const { id } = await createTestDocument(
      db,
      Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i}.`),
      'Many',
    )
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    return view.rows.map((row) => row.targets[0]!)
  }
  const change = (segment: { id: string; version: number }, i: number) => ({
    id: segment.id,
    version: segment.version,
    content: textToDoc(`Абзац ${i}, два слова.`),
    text: `Абзац ${i}, два слова.`,
    status: 'translated' as const,
  })

  test('every segment is written past one statement of 500, with its revision by the actor', async () => {
    const segments = await translation(620)
    expect(await db.$transaction((tx) => writeSegments(tx, segments.map(change), actor))).toBeNull()
    const stored = await db.targetSegment.findMany({
      where: { id: { in: segments.map((s) => s.id) } },
      select: { id: true, text: true, status: true, version: true, wordCount: true, updatedById: true },
    })
    expect(stored).toHaveLength(620)
    const at = new Map(segments.map((s, i) => [s.id, i]))
    for (const s of stored)
      expect(s).toMatchObject({
        text: `Абзац ${at.get(s.id)}, два слова.`,
        status: 'translated',
        version: 2,
        wordCount: 4,
        updatedById: actor.id,
      })
    const revisions = await db.revision.findMany({
      where: { segmentId: { in: segments.map((s) => s.id) } },
      select: { segmentId: true, version: true, text: true, authorId: true },
    })
    expect(revisions).toHaveLength(620)
    for (const r of revisions)
      expect(r).toMatchObject({ version: 2, text: `Абзац ${at.get(r.segmentId)}, два слова.`, authorId: actor.id })
  })

  test('a segment saved meanwhile is named and not overwritten', async () => {
    const segments = await translation(600)
    // Someone saved segment 550 (in the second statement) after the changes were planned.
    await db.targetSegment.update({ where: { id: segments[550]!.id }, data: { version: { increment: 1 } } })
    const stale = await db.$transaction(async (tx) => writeSegments(tx, segments.map(change), actor))
    expect(stale).toBe(segments[550]!.id)
    const kept = await db.targetSegment.findUnique({ where: { id: segments[550]!.id }, select: { text: true } })
    expect(kept!.text).toBe('')
  })
})
