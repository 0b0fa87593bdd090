import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { Db } from '@/lib/db/client'
import { getDocument } from '@/lib/db/documents'
import { getSegment } from '@/lib/db/segments'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { saveSegment } from './save-segment'
import { createTestDocument, createTestActor } from '@/lib/db/test/factories'

const bold = {
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph' as const,
      content: [{ type: 'text' as const, text: 'Дружба', marks: [{ type: 'bold' as const }] }],
    },
  ],
}

describe.each(testBackends())('saving a segment on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  async function makeDocument(paragraphs = ['One two three.', 'Four five.', 'Six.']) {
    return createTestDocument(db, paragraphs, 'Test')
  }

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

  test('approving or rejecting a draft is refused, and the segment stays as it was', async () => {
    const { id } = await makeDocument()
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const segmentId = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!.targets[0]!.id
    const draft = await saveSegment(db, { segmentId, version: 1, content: bold }, actor)
    expect(draft.status).toBe('draft')
    for (const status of ['approved', 'rejected'] as const)
      await expect(saveSegment(db, { segmentId, version: draft.version, status }, actor)).rejects.toMatchObject({
        code: 'segment.transitionRefused',
        details: { from: 'draft', to: status },
      })
    expect(await getSegment(db, segmentId)).toMatchObject({ status: 'draft', version: draft.version })
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
