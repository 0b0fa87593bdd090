import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '../richtext/text-to-doc'
import type { Db } from './client'
import { createDocument, getDocument, listDocuments } from './documents'
import { getSegment, saveSegment } from './segments'
import { testBackends } from './test/test-databases'
import { createTranslation, getTranslation } from './translations'
import { getActingUser, type ActingUser } from './users'

const bold = {
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph' as const,
      content: [{ type: 'text' as const, text: 'Дружба', marks: [{ type: 'bold' as const }] }],
    },
  ],
}

describe.each(testBackends())('data layer on $name', ({ open }) => {
  let db: Db
  let actor: ActingUser
  beforeAll(async () => {
    db = await open()
    actor = await getActingUser(db)
  })
  afterAll(async () => db.$disconnect())

  async function makeDocument(paragraphs = ['One two three.', 'Four five.', 'Six.']) {
    return createDocument(db, {
      title: `Test ${Math.round(performance.now() * 1000)}`,
      sourceLang: 'en',
      paragraphs: paragraphs.map(textToDoc),
    })
  }

  test('a document keeps its paragraphs in order with word counts', async () => {
    const { id } = await makeDocument()
    const document = await getDocument(db, id)
    expect(document?.paragraphs.map((p) => [p.position, p.text, p.wordCount])).toEqual([
      [0, 'One two three.', 3],
      [1, 'Four five.', 2],
      [2, 'Six.', 1],
    ])
    expect(document?.wordCount).toBe(6)
    expect((await listDocuments(db)).find((d) => d.id === id)?.paragraphCount).toBe(3)
  })

  test('adding a language creates one empty segment per paragraph, linked 1:1', async () => {
    const { id } = await makeDocument()
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const view = await getTranslation(db, { documentId: id, lang: 'ru' })
    expect(view?.rows.map((r) => [r.type, r.sources[0]?.text, r.targets[0]?.status])).toEqual([
      ['1:1', 'One two three.', 'empty'],
      ['1:1', 'Four five.', 'empty'],
      ['1:1', 'Six.', 'empty'],
    ])
    await expect(createTranslation(db, { documentId: id, lang: 'ru' })).rejects.toThrow('translation.exists')
    await expect(createTranslation(db, { documentId: id, lang: 'en' })).rejects.toThrow('translation.sameAsSource')
    await expect(createTranslation(db, { documentId: id, lang: 'not a tag!' })).rejects.toThrow('language.invalid')
  })

  test('saving keeps formatting, bumps the version, records a revision and updates progress', async () => {
    const { id } = await makeDocument()
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const row = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!
    const saved = await saveSegment(
      db,
      { segmentId: row.targets[0]!.id, version: 1, content: bold, status: 'translated' },
      actor,
    )
    expect(saved).toMatchObject({
      version: 2,
      status: 'translated',
      text: 'Дружба',
      html: '<p><strong>Дружба</strong></p>',
    })
    expect((await getSegment(db, saved.id))?.content).toEqual(bold)
    expect(await db.revision.count({ where: { segmentId: saved.id } })).toBe(1)
    const progress = (await getDocument(db, id))!.translations[0]!.progress
    expect(progress.byStatus.translated).toEqual({ count: 1, words: 3 })
    expect(progress.byStatus.empty).toEqual({ count: 2, words: 3 })
  })

  test('a status-only save approves a translated segment and keeps it unchanged (jsonb reorders keys)', async () => {
    const { id } = await makeDocument()
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const segmentId = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!.targets[0]!.id
    const linked = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [
            {
              type: 'text' as const,
              text: 'Дружба ',
              marks: [{ type: 'link' as const, attrs: { href: 'https://a.example' } }],
            },
            { type: 'hardBreak' as const },
            { type: 'text' as const, text: 'народов' },
          ],
        },
      ],
    }
    const translated = await saveSegment(db, { segmentId, version: 1, content: linked, status: 'translated' }, actor)
    const approved = await saveSegment(db, { segmentId, version: translated.version, status: 'approved' }, actor)
    expect(approved).toMatchObject({ status: 'approved', text: 'Дружба \nнародов', content: linked })
    const reviewed = await saveSegment(db, { segmentId, version: approved.version, content: linked }, actor)
    expect(reviewed.status).toBe('approved')
  })

  test('a stale version is a conflict carrying the newer text, and nothing is overwritten', async () => {
    const { id } = await makeDocument()
    await createTranslation(db, { documentId: id, lang: 'ko' })
    const segmentId = (await getTranslation(db, { documentId: id, lang: 'ko' }))!.rows[0]!.targets[0]!.id
    await saveSegment(db, { segmentId, version: 1, content: textToDoc('첫 번째') }, actor)
    const stale = saveSegment(db, { segmentId, version: 1, content: textToDoc('두 번째') }, actor)
    await expect(stale).rejects.toMatchObject({
      code: 'segment.conflict',
      details: { current: { text: '첫 번째', version: 2 } },
    })
    expect((await getSegment(db, segmentId))?.text).toBe('첫 번째')
  })
})
