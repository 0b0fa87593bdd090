import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { countWords } from '../richtext/doc-to-text'
import { textToDoc } from '../richtext/text-to-doc'
import { recordOperation } from './alignment-writes'
import { newId } from './bulk-insert'
import type { Db } from './client'
import { deleteDocument, getDocument, listDocuments } from './documents'
import { insertTranslation } from './insert-translation'
import { writeSegment } from './segments'
import { planSentenceLinks } from './sentence-links'
import { testBackends } from './test/test-databases'
import { deleteTranslation, getTranslation } from './translations'
import type { Actor } from '@/lib/auth/permissions'
import { createTestDocument, createTestActor } from './test/factories'

const EN = ['One two three. Four five.', 'Six seven.', 'Eight nine ten.']
const RU = ['Раз два три. Четыре пять.', 'Шесть семь.', 'Восемь девять десять.']
const KO = ['하나 둘 셋. 넷 다섯.', '여섯 일곱.', '여덟 아홉 열.']

describe.each(testBackends())('deleting on $name', ({ open }) => {
  let db: Db
  let admin: Actor
  beforeAll(async () => {
    db = await open()
    admin = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  /**
   * A document with Russian and Korean, each with sentence links, a saved revision and an alignment
   * operation, written with the writes of lib/db (the use cases that make them live in lib/server).
   */
  async function makeDocument() {
    const { id } = await createTestDocument(db, EN, 'Delete')
    const paragraphIds = (await getDocument(db, id))!.paragraphs.map((p) => p.id)
    for (const [lang, paragraphs] of [
      ['ru', RU],
      ['ko', KO],
    ] as const) {
      await db.$transaction(async (tx) => {
        const segments = paragraphs.map((text, position) => ({
          id: newId(),
          position,
          content: textToDoc(text),
          text,
          wordCount: countWords(text),
          status: 'draft' as const,
          version: 1,
          updatedById: null,
        }))
        const links = segments.map((segment, position) => ({
          id: newId(),
          position,
          sourceIds: [paragraphIds[position]!],
          targetIds: [segment.id],
          confidence: null,
          confirmed: false,
        }))
        const texts = {
          source: new Map(paragraphIds.map((pid, i) => [pid, EN[i]!])),
          target: new Map(segments.map((segment) => [segment.id, segment.text])),
        }
        const sentences = planSentenceLinks(
          links.map((link) => ({ id: link.id, sources: link.sourceIds, targets: link.targetIds })),
          texts,
          { sourceLang: 'en', targetLang: lang },
        )
        const translation = await insertTranslation(tx, { documentId: id, lang, segments, links, sentences })
        const text = `${paragraphs[0]} !`
        const first = {
          segmentId: segments[0]!.id,
          version: 1,
          content: textToDoc(text),
          text,
          status: 'translated' as const,
        }
        await writeSegment(tx, first, admin)
        const link = { id: links[1]!.id, sources: links[1]!.sourceIds, targets: links[1]!.targetIds, confidence: null }
        const before = [{ ...link, confirmed: false, origin: 'init' as const }]
        const after = [{ ...link, confirmed: true, origin: 'init' as const }]
        await recordOperation(tx, translation.id, { kind: 'confirm', patch: { start: 1, before, after } }, admin)
      })
    }
    return id
  }

  /** How many rows of each kind belong to the document's translations (by language). */
  async function countRows(documentId: string, lang?: string) {
    const translation = lang ? { documentId, lang } : { documentId }
    return {
      translations: await db.translation.count({ where: translation }),
      segments: await db.targetSegment.count({ where: { translation } }),
      links: await db.alignmentLink.count({ where: { translation } }),
      sentenceLinks: await db.sentenceLink.count({ where: { link: { translation } } }),
      operations: await db.alignmentOperation.count({ where: { translation } }),
      revisions: await db.revision.count({ where: { segment: { translation } } }),
    }
  }

  test('deleting a translation removes its segments, links, sentence links, operations and revisions, and nothing else', async () => {
    const id = await makeDocument()
    for (const lang of ['ru', 'ko']) {
      const counts = await countRows(id, lang)
      expect(
        Object.values(counts).every((n) => n > 0),
        `${lang}: ${JSON.stringify(counts)}`,
      ).toBe(true)
    }
    const koBefore = await countRows(id, 'ko')
    await deleteTranslation(db, { documentId: id, lang: 'ru' }, admin)
    expect(await countRows(id, 'ru')).toEqual({
      translations: 0,
      segments: 0,
      links: 0,
      sentenceLinks: 0,
      operations: 0,
      revisions: 0,
    })
    expect(await countRows(id, 'ko')).toEqual(koBefore)
    const document = await getDocument(db, id)
    expect(document?.paragraphs.map((p) => p.text)).toEqual(EN)
    expect(document?.translations.map((t) => t.lang)).toEqual(['ko'])
    expect(await getTranslation(db, { documentId: id, lang: 'ru' })).toBeNull()
    await expect(deleteTranslation(db, { documentId: id, lang: 'ru' }, admin)).rejects.toMatchObject({
      code: 'translation.notFound',
    })
    await expect(deleteTranslation(db, { documentId: 'no-such-document', lang: 'ru' }, admin)).rejects.toMatchObject({
      code: 'document.notFound',
    })
  })

  test('deleting a translation takes the tag as given: a language name is not a tag of a stored translation', async () => {
    const id = await makeDocument()
    await expect(deleteTranslation(db, { documentId: id, lang: 'russian' }, admin)).rejects.toMatchObject({
      code: 'translation.notFound',
    })
    expect(await getTranslation(db, { documentId: id, lang: 'russian' })).toBeNull()
    expect((await getDocument(db, id))?.translations.map((t) => t.lang).sort()).toEqual(['ko', 'ru'])
  })

  test('deleting a document removes its paragraphs and every translation with all their rows', async () => {
    const id = await makeDocument()
    const other = await makeDocument()
    const otherBefore = await countRows(other)
    await deleteDocument(db, id, admin)
    expect(await getDocument(db, id)).toBeNull()
    expect((await listDocuments(db)).map((d) => d.id)).not.toContain(id)
    expect(await db.sourceParagraph.count({ where: { documentId: id } })).toBe(0)
    expect(await countRows(id)).toEqual({
      translations: 0,
      segments: 0,
      links: 0,
      sentenceLinks: 0,
      operations: 0,
      revisions: 0,
    })
    expect(await countRows(other)).toEqual(otherBefore)
    await expect(deleteDocument(db, id, admin)).rejects.toMatchObject({ code: 'document.notFound' })
  })

  test('a reviewer may delete neither; a translator may delete a translation but not a document', async () => {
    const id = await makeDocument()
    const reviewer: Actor = { ...admin, role: 'reviewer' }
    const translator: Actor = { ...admin, role: 'translator' }
    await expect(deleteTranslation(db, { documentId: id, lang: 'ru' }, reviewer)).rejects.toMatchObject({
      code: 'auth.forbidden',
      status: 403,
    })
    await expect(deleteDocument(db, id, reviewer)).rejects.toMatchObject({ code: 'auth.forbidden', status: 403 })
    await expect(deleteDocument(db, id, translator)).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect((await countRows(id)).translations).toBe(2)
    await deleteTranslation(db, { documentId: id, lang: 'ru' }, translator)
    expect((await getDocument(db, id))?.translations.map((t) => t.lang)).toEqual(['ko'])
  })

  test('the document summary counts the segments with text that deleting would lose', async () => {
    const id = await makeDocument()
    const document = await getDocument(db, id)
    expect(document?.translations.map((t) => [t.lang, t.filledSegments])).toEqual([
      ['ko', 3],
      ['ru', 3],
    ])
  })
})
