import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { getDocument, listDocuments } from './documents'
import { testBackends } from './test/test-databases'
import { createTranslation, getTranslation } from './translations'
import { createTestDocument } from './test/factories'

describe.each(testBackends())('data layer on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  async function makeDocument(paragraphs = ['One two three.', 'Four five.', 'Six.']) {
    return createTestDocument(db, paragraphs, 'Test')
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
})
