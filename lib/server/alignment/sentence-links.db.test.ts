import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { Db } from '@/lib/db/client'
import { testBackends } from '@/lib/db/test/test-databases'
import { getTranslation } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { listSentenceLinks } from './list-sentence-links'
import { realignSentenceLinks } from './realign-sentence-links'
import { createTestDocument, createTestActor } from '@/lib/db/test/factories'

const EN = ['The cat sleeps. The dog barks.', 'It rains.']
const RU = ['Кошка спит. Собака лает.', 'Идёт дождь.']

describe.each(testBackends())('sentence pairs of a link on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  async function importPair() {
    const { id } = await createTestDocument(db, EN, 'Sentences')
    await importTranslationText(db, { documentId: id, lang: 'ru', paragraphs: RU.map(textToDoc) })
    const row = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!
    return { id, row }
  }

  test('a link is found only under its own document and language', async () => {
    const { id, row } = await importPair()
    const other = await importPair()
    expect(await listSentenceLinks(db, { documentId: id, lang: 'ru', linkId: row.linkId })).not.toBeNull()
    expect(await listSentenceLinks(db, { documentId: other.id, lang: 'ru', linkId: row.linkId })).toBeNull()
    expect(await listSentenceLinks(db, { documentId: id, lang: 'ko', linkId: row.linkId })).toBeNull()
  })

  test('reading pairs made before an edit shows them aligned again, and writes nothing; an explicit realign stores them', async () => {
    const { id, row } = await importPair()
    const link = { documentId: id, lang: 'ru', linkId: row.linkId }
    const target = row.targets[0]!
    await saveSegment(
      db,
      { segmentId: target.id, version: target.version, content: textToDoc('Кот спит. Пёс лает.') },
      actor,
    )
    const stored = await db.sentenceLink.findMany({ where: { linkId: row.linkId }, orderBy: { position: 'asc' } })

    const read = await listSentenceLinks(db, link)
    expect(read?.map((p) => p.targetText)).toEqual(['Кот спит.', 'Пёс лает.'])
    expect(await db.sentenceLink.findMany({ where: { linkId: row.linkId }, orderBy: { position: 'asc' } })).toEqual(
      stored,
    )

    expect(await realignSentenceLinks(db, link)).toEqual(read)
    const rows = await db.sentenceLink.findMany({ where: { linkId: row.linkId }, orderBy: { position: 'asc' } })
    expect(rows.map((r) => r.targetText)).toEqual(['Кот спит.', 'Пёс лает.'])
  })
})
