import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { htmlToDoc } from '@/lib/richtext/html-to-docs'
import { docToText } from '@/lib/richtext/doc-to-text'
import { SEGMENT_LIMITS } from '@/lib/richtext/segment-limits'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { Db } from '@/lib/db/client'
import { getSegment } from '@/lib/db/segments'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { applyAlignmentOperation } from '@/lib/server/alignment/apply-alignment-operation'
import { importExchangeFile } from '@/lib/server/imports/import-exchange-file'
import { saveSegment } from './save-segment'
import { createTestDocument, createTestActor } from '@/lib/db/test/factories'

// 12,000 inline nodes: more than a segment may hold, but only 12,000 characters.
const MANY_RUNS = '<p>' + '<b>a</b>c'.repeat(6000) + '</p>'

function tmxWith(target: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="ru"><seg>${target}</seg></tuv></tu></body></tmx>`
}

describe.each(testBackends())('segment size limit on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  async function firstSegment(lang: string, paragraphs = ['One.', 'Two.']) {
    const { id } = await createTestDocument(db, paragraphs, 'Limit')
    await createTranslation(db, { documentId: id, lang })
    return (await getTranslation(db, { documentId: id, lang }))!
  }

  test('a save with more inline nodes than a segment holds is refused, and the stored text stays', async () => {
    const segmentId = (await firstSegment('ru')).rows[0]!.targets[0]!.id
    await saveSegment(db, { segmentId, version: 1, content: textToDoc('Один.') }, actor)
    const save = saveSegment(db, { segmentId, version: 2, content: htmlToDoc(MANY_RUNS) }, actor)
    await expect(save).rejects.toMatchObject({ code: 'segment.tooLarge', status: 413 })
    expect((await getSegment(db, segmentId))?.text).toBe('Один.')
  })

  test('a save of a text node longer than the character limit is refused', async () => {
    const segmentId = (await firstSegment('ko')).rows[0]!.targets[0]!.id
    const huge = textToDoc('가'.repeat(SEGMENT_LIMITS.characters + 1))
    await expect(saveSegment(db, { segmentId, version: 1, content: huge }, actor)).rejects.toMatchObject({
      code: 'segment.tooLarge',
      details: { maxCharacters: SEGMENT_LIMITS.characters, characters: SEGMENT_LIMITS.characters + 1 },
    })
  })

  test('stored content past the limits still reads with all its text (never as an empty segment)', async () => {
    const segmentId = (await firstSegment('ru')).rows[0]!.targets[0]!.id
    const doc = htmlToDoc(MANY_RUNS)
    await db.targetSegment.update({ where: { id: segmentId }, data: { content: doc, text: docToText(doc) } })
    const read = await getSegment(db, segmentId)
    expect(docToText(read!.content)).toBe('ac'.repeat(6000))
    expect(read!.html).toContain('<strong>a</strong>c')
  })

  test('a TMX segment with more inline nodes than a segment holds is refused', async () => {
    const runs = Array.from(
      { length: 6000 },
      (_, i) => `<bpt i="${i + 1}">&lt;b&gt;</bpt>a<ept i="${i + 1}">&lt;/b&gt;</ept>c`,
    ).join('')
    const input = new TextEncoder().encode(tmxWith(runs))
    const imported = importExchangeFile(db, { input, format: 'tmx', fileName: 'runs.tmx', maxBytes: 1 << 26 }, actor)
    await expect(imported).rejects.toMatchObject({ code: 'segment.tooLarge' })
  })

  test('joining two segments whose sum passes the limit is refused', async () => {
    const view = await firstSegment('ru')
    const [a, b] = view.rows.flatMap((r) => r.targets)
    const half = textToDoc('я'.repeat(SEGMENT_LIMITS.characters / 2 + 1))
    await saveSegment(db, { segmentId: a!.id, version: 1, content: half }, actor)
    await saveSegment(db, { segmentId: b!.id, version: 1, content: half }, actor)
    const at = { documentId: view.documentId, lang: 'ru' }
    const { version } = await applyAlignmentOperation(
      db,
      { ...at, version: view.version, request: { op: 'merge', linkId: view.rows[0]!.linkId } },
      actor,
    )
    const merged = (await getTranslation(db, at))!
    expect(merged.rows[0]!.targets).toHaveLength(2)
    const join = applyAlignmentOperation(
      db,
      { ...at, version, request: { op: 'join-segments', linkId: merged.rows[0]!.linkId, index: 0 } },
      actor,
    )
    await expect(join).rejects.toMatchObject({ code: 'segment.tooLarge' })
  })
})
