import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { getDocument } from './documents'
import { insertTranslation } from './insert-translation'
import { listSentenceRows, sameSentenceRows, type SentenceLinkRow } from './sentence-links'
import { createTestDocument, oneToOneRows } from './test/factories'
import { testBackends } from './test/test-databases'

describe.each(testBackends())('sentence pairs written with a translation on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('every pair comes back as written, past one statement of 500, with the defaults of a pair made by the aligner', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `One ${i}. Two ${i}. Three ${i}.`)
    const { id } = await createTestDocument(db, paragraphs, 'Pairs')
    const paragraphIds = (await getDocument(db, id))!.paragraphs.map((p) => p.id)
    const { segments, links } = oneToOneRows(paragraphIds, (i) => `Раз ${i}. Два ${i}. Три ${i}.`)
    // Three pairs a link: 1,200 rows, the last one of each link confirmed by a person.
    const sentences: SentenceLinkRow[] = links.flatMap((link, k) =>
      [0, 1, 2].map((position) => ({
        linkId: link.id,
        position,
        source: [{ paragraphId: link.sourceIds[0]!, start: position * 7, end: position * 7 + 6 }],
        target: [{ segmentId: link.targetIds[0]!, start: position * 8, end: position * 8 + 7 }],
        sourceText: `${['One', 'Two', 'Three'][position]} ${k}.`,
        targetText: `${['Раз', 'Два', 'Три'][position]} ${k}.`,
        confidence: position === 2 ? null : 0.5 + position / 10,
        ...(position === 2 ? { confirmed: true, origin: 'manual' } : {}),
      })),
    )
    await db.$transaction((tx) => insertTranslation(tx, { documentId: id, lang: 'ru', segments, links, sentences }))
    const stored = await listSentenceRows(
      db,
      links.map((l) => l.id),
    )
    const wanted = sentences.map((row) => ({ confirmed: false, origin: 'auto', ...row }))
    const byLink = (rows: SentenceLinkRow[]) =>
      [...rows].sort((a, b) => (a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : a.position - b.position))
    expect(stored).toHaveLength(1200)
    expect(sameSentenceRows(byLink(stored), byLink(wanted))).toBe(true)
    const ids = await db.sentenceLink.findMany({
      where: { linkId: { in: links.map((l) => l.id) } },
      select: { id: true },
    })
    expect(new Set(ids.map((row) => row.id)).size).toBe(1200)
  })
})
