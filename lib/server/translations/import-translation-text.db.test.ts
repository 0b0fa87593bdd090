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

describe.each(testBackends())('importTranslationText aligns sentences first on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  const DE = [
    'Der Berg ist 4478 Meter hoch.',
    'Wir stiegen um 5 Uhr auf.',
    'Das Wetter war gut.',
    'Am Gipfel lag Schnee.',
    'Wir blieben 20 Minuten.',
    'Dann ging es hinunter.',
  ]
  const FR = [
    'La montagne mesure 4478 mètres.',
    'Nous sommes montés à 5 heures.',
    'Le temps était beau.',
    'Au sommet, il y avait de la neige.',
    'Nous sommes restés 20 minutes.',
    'Puis nous sommes descendus.',
  ]

  test('a translation paragraphed differently gets paragraph links from its sentence pairs', async () => {
    // Source paragraphs of 2 sentences, target paragraphs of 3: the paragraph-first aligner paired them 1:1.
    const paragraphs = (sentences: string[], size: number) =>
      Array.from({ length: sentences.length / size }, (_, k) => sentences.slice(k * size, (k + 1) * size).join(' '))
    const document = await createDocument(db, {
      title: `Sentences first ${performance.now()}`,
      sourceLang: 'de',
      paragraphs: paragraphs(DE, 2).map(textToDoc),
    })
    await importTranslationText(db, {
      documentId: document.id,
      lang: 'fr',
      paragraphs: paragraphs(FR, 3).map(textToDoc),
    })
    const links = await db.alignmentLink.findMany({
      where: { translation: { documentId: document.id, lang: 'fr' } },
      orderBy: { position: 'asc' },
      select: { sourceIds: true, targetIds: true, sentenceLinks: { orderBy: { position: 'asc' } } },
    })
    expect(links.map((l) => `${l.sourceIds.length}:${l.targetIds.length}`)).toEqual(['3:2'])
    expect(links[0]!.sentenceLinks.map((s) => [s.sourceText, s.targetText])).toEqual(DE.map((de, k) => [de, FR[k]]))
    expect(links[0]!.sentenceLinks.every((s) => !s.confirmed && s.origin === 'auto')).toBe(true)
  })
})
