import { createTestActor } from '@/lib/db/test/factories'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { Db } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, deleteTranslation, getTranslation } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { importTranslationText } from './import-translation-text'

const EN = ['One two three.', 'Four five.', 'Six.']
const RU = ['Раз два три.', 'Четыре пять.', 'Шесть.']

describe.each(testBackends())('importTranslationText on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  const newDocument = (title: string) => createDocument(db, { title, sourceLang: 'en', paragraphs: EN.map(textToDoc) })
  const texts = async (documentId: string) =>
    (await getTranslation(db, { documentId, lang: 'ru' }))!.rows.flatMap((r) => r.targets.map((t) => t.text))

  // `report` runs between the first check and the transaction that writes: the window a concurrent request hits.
  test('a translation deleted after the check is simply created again, not a 500', async () => {
    const { id } = await newDocument(`Vanished ${performance.now()}`)
    await createTranslation(db, { documentId: id, lang: 'ru' })
    let isDeleted = false
    const result = await importTranslationText(
      db,
      { documentId: id, lang: 'ru', paragraphs: RU.map(textToDoc), replace: true },
      async (fraction) => {
        if (fraction !== 0.8) return
        await deleteTranslation(db, { documentId: id, lang: 'ru' }, actor)
        isDeleted = true
      },
    )
    expect(isDeleted).toBe(true)
    expect(result.lang).toBe('ru')
    expect(await texts(id)).toEqual(RU)
  })

  test('text saved into an empty translation after the check is kept: the import without replace is refused', async () => {
    const { id } = await newDocument(`Saved meanwhile ${performance.now()}`)
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const [target] = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!.targets
    await expect(
      importTranslationText(db, { documentId: id, lang: 'ru', paragraphs: RU.map(textToDoc) }, async (fraction) => {
        if (fraction === 0.8)
          await saveSegment(db, { segmentId: target!.id, version: target!.version, content: textToDoc('Моё.') }, actor)
      }),
    ).rejects.toMatchObject({ code: 'translation.exists' })
    expect(await texts(id)).toEqual(['Моё.', '', ''])
  })
})
