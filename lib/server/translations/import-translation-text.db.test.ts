import { createTestActor } from '@/lib/db/test/factories'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { Db } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, deleteTranslation, getTranslation } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { sharesOneSession } from '@/lib/db/raw-sql'
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

  test('a big import replaces the translation whole; on PGlite it writes in short steps others run between', async () => {
    const count = 3000
    const source = Array.from({ length: count }, (_, i) => `Paragraph number ${i}.`)
    const { id } = await createDocument(db, {
      title: `Big ${performance.now()}`,
      sourceLang: 'en',
      paragraphs: source.map(textToDoc),
    })
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const before = (await db.translation.findFirst({ where: { documentId: id, lang: 'ru' } }))!
    const russian = Array.from({ length: count }, (_, i) => `Абзац номер ${i}.`)
    // A reader polling meanwhile: between the import's steps it sees the hidden document it writes under.
    let writing = true
    let sawHidden = 0
    let polls = 0
    const poll = async () => {
      while (writing) {
        const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM "Document" WHERE importing',
        )
        sawHidden = Math.max(sawHidden, row!.n)
        polls++
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    let polling: Promise<void> | undefined
    const result = await importTranslationText(
      db,
      { documentId: id, lang: 'ru', paragraphs: russian.map(textToDoc), replace: true },
      (fraction) => {
        if (fraction === 0.8) polling = poll()
      },
    )
    writing = false
    await polling
    expect(result).toMatchObject({ lang: 'ru', linkCount: count })
    expect(await texts(id)).toEqual(russian)
    expect(result.id).not.toBe(before.id)
    // Nothing is left behind: no hidden document, no rows of the replaced translation.
    expect(await db.document.count({ where: { importing: true } })).toBe(0)
    expect(await db.targetSegment.count({ where: { translationId: before.id } })).toBe(0)
    if (sharesOneSession(db)) {
      expect(sawHidden).toBe(1)
      expect(polls).toBeGreaterThan(10)
    }
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
