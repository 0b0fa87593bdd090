import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { russianWithSplitAndGap } from '@/prisma/seed/article-ru'
import { docToHtml } from '@/lib/richtext/doc-to-html'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { RichDoc } from '@/lib/richtext/types'
import { applyAlignmentOperation } from './apply-alignment-operation'
import type { Db } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { getSegment } from '@/lib/db/segments'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { listSentenceLinks } from './list-sentence-links'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation, type SegmentView } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { createTestDocument, createTestActor } from '@/lib/db/test/factories'

const ARTICLE = readFileSync(new URL('../../../prisma/seed/article.txt', import.meta.url), 'utf8')
const EN = ARTICLE.split(/\n\s*\n/)
  .slice(2, -1)
  .map((p) => p.trim())
const RU = russianWithSplitAndGap()
const EXPECTED = EN.map((_, k) => (k === 4 ? '1:0' : k === 9 ? '1:2' : '1:1'))
const SMALL_EN = ['One two three.', 'Four five.', 'Six.']

const shape = (rows: Array<{ type: string }>) => rows.map((r) => r.type)

describe.each(testBackends())('alignment on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  async function importDemo() {
    const { id } = await createTestDocument(db, EN, 'Align')
    const result = await importTranslationText(db, { documentId: id, lang: 'ru', paragraphs: RU.map(textToDoc) })
    return { id, result }
  }

  test('an import aligns paragraphs, stores automatic links with confidence and their sentence pairs', async () => {
    const { id, result } = await importDemo()
    expect(result.types).toEqual({ '1:1': 13, '1:2': 1, '1:0': 1 })
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(shape(view.rows)).toEqual(EXPECTED)
    expect(view.rows.every((r) => r.origin === 'auto' && !r.confirmed && r.confidence !== null)).toBe(true)
    expect(view.rows[9]?.targets.map((t) => t.status)).toEqual(['translated', 'translated'])
    const sentences = await db.sentenceLink.findMany({
      where: { linkId: view.rows[9]!.linkId },
      orderBy: { position: 'asc' },
    })
    const targetIds = sentences.flatMap((s) => (s.target as Array<{ segmentId: string }>).map((t) => t.segmentId))
    expect([...new Set(targetIds)]).toEqual(view.rows[9]!.targets.map((t) => t.id))
    expect(sentences.map((s) => s.targetText).join(' ')).toBe(RU.slice(8, 10).join(' '))
    const missing = await db.sentenceLink.findMany({
      where: { linkId: view.rows[4]!.linkId },
      orderBy: { position: 'asc' },
    })
    expect(missing.map((s) => s.sourceText).join(' ')).toBe(EN[4])
    expect(missing.every((s) => s.targetText === '')).toBe(true)
  })

  test('sentence pairs of a link edited since its alignment are aligned again from the current text', async () => {
    const { id } = await importDemo()
    const row = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!
    const before = (await listSentenceLinks(db, { documentId: id, lang: 'ru', linkId: row.linkId }))!
    expect(before.length).toBeGreaterThan(0)
    const target = row.targets[0]!
    await saveSegment(
      db,
      { segmentId: target.id, version: target.version, content: textToDoc('Совсем новый перевод первого абзаца.') },
      actor,
    )
    const after = (await listSentenceLinks(db, { documentId: id, lang: 'ru', linkId: row.linkId }))!
    expect(after.map((p) => p.targetText).join(' ')).toBe('Совсем новый перевод первого абзаца.')
    expect(after.map((p) => p.sourceText).join(' ')).toBe(before.map((p) => p.sourceText).join(' '))
  })

  test('an existing translation with text is not overwritten without replace; an empty one is', async () => {
    const { id } = await createDocument(db, { title: 'Replace', sourceLang: 'en', paragraphs: SMALL_EN.map(textToDoc) })
    await createTranslation(db, { documentId: id, lang: 'ru' })
    await importTranslationText(db, {
      documentId: id,
      lang: 'ru',
      paragraphs: ['Раз два три.', 'Четыре пять.', 'Шесть.'].map(textToDoc),
    })
    await expect(
      importTranslationText(db, { documentId: id, lang: 'ru', paragraphs: RU.slice(0, 2).map(textToDoc) }),
    ).rejects.toMatchObject({ code: 'translation.exists' })
    expect(
      (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows.flatMap((r) => r.targets.map((t) => t.text)),
    ).toEqual(['Раз два три.', 'Четыре пять.', 'Шесть.'])
    await importTranslationText(db, {
      documentId: id,
      lang: 'ru',
      paragraphs: RU.slice(0, 2).map(textToDoc),
      replace: true,
    })
    expect((await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows.flatMap((r) => r.targets)).toHaveLength(2)
  })

  test('an operation is saved with a new version, a stale version is refused, and undo and redo replay it', async () => {
    const { id } = await importDemo()
    const before = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    const linkId = before.rows[4]!.linkId
    const { version } = await applyAlignmentOperation(
      db,
      { documentId: id, lang: 'ru', version: before.version, request: { op: 'merge', linkId } },
      actor,
    )
    const merged = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(merged.version).toBe(version)
    expect(shape(merged.rows)).toEqual([...EXPECTED.slice(0, 4), '2:1', ...EXPECTED.slice(6)])
    expect(merged.rows[4]).toMatchObject({ origin: 'manual', confidence: null, confirmed: false })
    expect((await db.sentenceLink.findMany({ where: { linkId } })).map((s) => s.targetText).join(' ')).toBe(RU[4])

    await expect(
      applyAlignmentOperation(
        db,
        { documentId: id, lang: 'ru', version: before.version, request: { op: 'merge', linkId } },
        actor,
      ),
    ).rejects.toMatchObject({ code: 'alignment.conflict', details: { version } })

    await applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request: { op: 'undo' } }, actor)
    const undone = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(shape(undone.rows)).toEqual(EXPECTED)
    expect(undone.rows.map((r) => r.linkId)).toEqual(before.rows.map((r) => r.linkId))
    expect(undone.rows.map((r) => r.origin)).toEqual(before.rows.map((r) => r.origin))
    expect((await db.sentenceLink.findMany({ where: { linkId } })).every((s) => s.targetText === '')).toBe(true)
    await expect(
      applyAlignmentOperation(
        db,
        { documentId: id, lang: 'ru', version: undone.version, request: { op: 'undo' } },
        actor,
      ),
    ).rejects.toMatchObject({ code: 'alignment.nothingToUndo' })

    await applyAlignmentOperation(
      db,
      { documentId: id, lang: 'ru', version: undone.version, request: { op: 'redo' } },
      actor,
    )
    expect(shape((await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows)).toEqual(shape(merged.rows))
  })

  test('joining two segments keeps their formatting, and undo brings the second segment back', async () => {
    const { id } = await importDemo()
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    const row = view.rows[9]!
    const bold: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Линия', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' обойдётся дорого,' },
          ],
        },
      ],
    }
    await saveSegment(db, { segmentId: row.targets[0]!.id, version: row.targets[0]!.version, content: bold }, actor)
    await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version: view.version,
        request: { op: 'join-segments', linkId: row.linkId, index: 0 },
      },
      actor,
    )
    const joined = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(joined.rows[9]?.targets).toHaveLength(1)
    expect(docToHtml(joined.rows[9]!.targets[0]!.content)).toBe(
      `<p><strong>Линия</strong> обойдётся дорого, ${row.targets[1]!.text}</p>`,
    )
    await applyAlignmentOperation(
      db,
      { documentId: id, lang: 'ru', version: joined.version, request: { op: 'undo' } },
      actor,
    )
    const restored = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(restored.rows[9]?.targets.map((t) => t.text)).toEqual(['Линия обойдётся дорого,', row.targets[1]!.text])
    expect(restored.rows[9]?.targets.map((t) => t.id)).toEqual(row.targets.map((t) => t.id))
    const { version } = await applyAlignmentOperation(
      db,
      { documentId: id, lang: 'ru', version: restored.version, request: { op: 'redo' } },
      actor,
    )
    const rejoined = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[9]!.targets[0]!
    await saveSegment(
      db,
      { segmentId: rejoined.id, version: rejoined.version, content: textToDoc('Исправленный текст.') },
      actor,
    )
    await expect(
      applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request: { op: 'undo' } }, actor),
    ).rejects.toMatchObject({ code: 'alignment.segmentEdited' })
    expect((await getSegment(db, rejoined.id))?.text).toBe('Исправленный текст.')
  })

  test('a formatting-only edit saved since a join is not overwritten by its undo: the undo is refused', async () => {
    const { id } = await importDemo()
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    const row = view.rows[9]!
    const { version } = await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version: view.version,
        request: { op: 'join-segments', linkId: row.linkId, index: 0 },
      },
      actor,
    )
    const joined = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[9]!.targets[0]!
    // Same plain text, one word made bold: only the formatting changes.
    const [first, ...rest] = joined.text.split(' ')
    const bold: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: first!, marks: [{ type: 'bold' }] },
            { type: 'text', text: ` ${rest.join(' ')}` },
          ],
        },
      ],
    }
    await saveSegment(db, { segmentId: joined.id, version: joined.version, content: bold }, actor)
    await expect(
      applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request: { op: 'undo' } }, actor),
    ).rejects.toMatchObject({ code: 'alignment.segmentEdited' })
    const kept = await getSegment(db, joined.id)
    expect(kept?.text).toBe(joined.text)
    expect(docToHtml(kept!.content)).toContain(`<strong>${first}</strong>`)
  })

  test('realign keeps confirmed links and realigns the rest', async () => {
    const { id } = await importDemo()
    let view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    let { version } = await applyAlignmentOperation(
      db,
      { documentId: id, lang: 'ru', version: view.version, request: { op: 'merge', linkId: view.rows[4]!.linkId } },
      actor,
    )
    // A wrong automatic link (a merge by a person would be kept: it counts as confirmed).
    await db.alignmentLink.updateMany({ where: { translationId: view.id }, data: { origin: 'auto' } })
    ;({ version } = await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version,
        request: { op: 'confirm', linkId: view.rows[0]!.linkId, confirmed: true },
      },
      actor,
    ))
    await applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request: { op: 'realign' } }, actor)
    view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(shape(view.rows)).toEqual(EXPECTED)
    expect(view.rows.map((r) => r.confirmed)).toEqual(EN.map((_, k) => k === 0))
    const again = await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version: view.version,
        request: { op: 'confirm', linkId: view.rows[0]!.linkId, confirmed: true },
      },
      actor,
    )
    expect(again.version).toBe(view.version)
    expect(await db.alignmentOperation.count({ where: { translationId: view.id } })).toBe(3)
  })

  test('splitting a segment keeps its formatting on both halves, and undo and redo keep the segment order', async () => {
    const { id } = await importDemo()
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    const row = view.rows[0]!
    const rich: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Первое ' },
            { type: 'text', text: 'предложение. Второе', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' предложение.' },
          ],
        },
      ],
    }
    await saveSegment(db, { segmentId: row.targets[0]!.id, version: row.targets[0]!.version, content: rich }, actor)
    const offset = 'Первое предложение. '.length
    let { version } = await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version: view.version,
        request: { op: 'split-segment', linkId: row.linkId, index: 0, offset },
      },
      actor,
    )
    const split = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(split.rows[0]?.type).toBe('1:2')
    expect(split.rows[0]!.targets.map((t) => docToHtml(t.content))).toEqual([
      '<p>Первое <em>предложение.</em></p>',
      '<p><em>Второе</em> предложение.</p>',
    ])
    const order = async () =>
      (
        await db.targetSegment.findMany({
          where: { translationId: split.id },
          orderBy: { position: 'asc' },
          select: { id: true },
        })
      ).map((s) => s.id)
    expect(await order()).toEqual(split.rows.flatMap((r) => r.targets.map((t) => t.id)))
    ;({ version } = await applyAlignmentOperation(
      db,
      { documentId: id, lang: 'ru', version, request: { op: 'undo' } },
      actor,
    ))
    expect((await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]?.targets.map((t) => t.text)).toEqual([
      'Первое предложение. Второе предложение.',
    ])
    await applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request: { op: 'redo' } }, actor)
    const redone = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(redone.rows[0]?.targets.map((t) => t.text)).toEqual(['Первое предложение.', 'Второе предложение.'])
    expect(await order()).toEqual(redone.rows.flatMap((r) => r.targets.map((t) => t.id)))
  })

  test('a paragraph with no counterpart gets an empty segment to translate, in text order, and undo takes it away', async () => {
    const { id } = await importDemo()
    const start = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(start.rows[4]?.type).toBe('1:0')
    const { version } = await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version: start.version,
        request: { op: 'add-segment', linkId: start.rows[4]!.linkId },
      },
      actor,
    )
    const added = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    expect(shape(added.rows)).toEqual(EXPECTED.map((type, k) => (k === 4 ? '1:1' : type)))
    expect(added.rows[4]!.targets[0]).toMatchObject({ text: '', status: 'empty' })
    const order = await db.targetSegment.findMany({
      where: { translationId: start.id },
      orderBy: { position: 'asc' },
      select: { id: true, position: true },
    })
    expect(order.map((s) => s.position)).toEqual(order.map((_, k) => k))
    expect(order.map((s) => s.id)).toEqual(added.rows.flatMap((r) => r.targets.map((t) => t.id)))
    await expect(
      applyAlignmentOperation(
        db,
        { documentId: id, lang: 'ru', version, request: { op: 'add-segment', linkId: start.rows[3]!.linkId } },
        actor,
      ),
    ).rejects.toMatchObject({ code: 'alignment.invalidOperation' })
    await applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request: { op: 'undo' } }, actor)
    expect(shape((await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows)).toEqual(EXPECTED)
  })

  test('undoing a merge, a join and a later-undone split in turn restores the start, with positions in link order', async () => {
    const { id } = await importDemo()
    const start = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    const links = (view: typeof start) =>
      view.rows.map((r) => ({
        linkId: r.linkId,
        sourceIds: r.sourceIds,
        targets: r.targets.map((t) => ({ id: t.id, text: t.text })),
      }))
    const positions = async () =>
      await db.targetSegment.findMany({
        where: { translationId: start.id },
        orderBy: { position: 'asc' },
        select: { id: true, position: true },
      })
    const expectPositionsInLinkOrder = async () => {
      const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
      const rows = await positions()
      expect(rows.map((s) => s.position)).toEqual(rows.map((_, k) => k))
      expect(rows.map((s) => s.id)).toEqual(view.rows.flatMap((r) => r.targets.map((t) => t.id)))
      return view
    }
    const apply = async (request: Parameters<typeof applyAlignmentOperation>[1]['request']) => {
      const { version } = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
      await applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request }, actor)
      return expectPositionsInLinkOrder()
    }

    await apply({ op: 'merge', linkId: start.rows[4]!.linkId })
    const twoTargets = start.rows[9]!
    await apply({ op: 'join-segments', linkId: twoTargets.linkId, index: 0 })
    const text = start.rows[1]!.targets[0]!.text
    const done = await apply({
      op: 'split-segment',
      linkId: start.rows[1]!.linkId,
      index: 0,
      offset: text.indexOf(' ', text.length / 2) + 1,
    })
    expect(shape(done.rows)).toEqual([
      ...EXPECTED.slice(0, 1),
      '1:2',
      ...EXPECTED.slice(2, 4),
      '2:1',
      ...EXPECTED.slice(6, 9),
      '1:1',
      ...EXPECTED.slice(10),
    ])

    for (let k = 0; k < 3; k++) await apply({ op: 'undo' })
    expect(links(await expectPositionsInLinkOrder())).toEqual(links(start))
    expect(await positions()).toEqual(
      start.rows.flatMap((r) => r.targets).map((t) => ({ id: t.id, position: t.position })),
    )

    for (let k = 0; k < 3; k++) await apply({ op: 'redo' })
    const redone = await expectPositionsInLinkOrder()
    expect(links(redone).map(({ sourceIds, targets }) => ({ sourceIds, texts: targets.map((t) => t.text) }))).toEqual(
      links(done).map(({ sourceIds, targets }) => ({ sourceIds, texts: targets.map((t) => t.text) })),
    )
  })

  test('a join keeps the history of both segments, and a join or a split records a revision for every new version', async () => {
    const { id } = await importDemo()
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    const [first, second] = view.rows[9]!.targets as [SegmentView, SegmentView]
    await saveSegment(db, { segmentId: second.id, version: second.version, content: textToDoc('Исправлено.') }, actor)
    const history = await db.revision.findMany({ where: { segmentId: second.id }, select: { id: true } })
    expect(history).toHaveLength(1)
    let { version } = await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version: view.version,
        request: { op: 'join-segments', linkId: view.rows[9]!.linkId, index: 0 },
      },
      actor,
    )
    const latest = async (segmentId: string) => {
      const segment = (await getSegment(db, segmentId))!
      // A moved revision may share its version number with one of the kept segment's own.
      const revisions = await db.revision.findMany({
        where: { segmentId, version: segment.version },
        select: { text: true, status: true, authorId: true },
      })
      expect(revisions).toContainEqual({ text: segment.text, status: segment.status, authorId: actor.id })
    }
    expect(
      (await db.revision.findMany({ where: { id: { in: history.map((r) => r.id) } } })).map((r) => r.segmentId),
    ).toEqual([first.id])
    await latest(first.id)

    const text = view.rows[0]!.targets[0]!.text
    ;({ version } = await applyAlignmentOperation(
      db,
      {
        documentId: id,
        lang: 'ru',
        version,
        request: {
          op: 'split-segment',
          linkId: view.rows[0]!.linkId,
          index: 0,
          offset: text.indexOf(' ', text.length / 2) + 1,
        },
      },
      actor,
    ))
    const halves = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!.targets
    expect(halves).toHaveLength(2)
    for (const half of halves) await latest(half.id)
  })
})
