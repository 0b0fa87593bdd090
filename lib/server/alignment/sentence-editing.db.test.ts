import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getExportSource } from '@/lib/db/export-source'
import { writeJsonLines } from '@/lib/formats/write-json'
import { writeTmx } from '@/lib/formats/write-tmx'
import type { RichDoc } from '@/lib/richtext/types'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { getTranslation } from '@/lib/db/translations'
import { AppError } from '@/lib/errors'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { testBackends } from '@/lib/db/test/test-databases'
import { applyAlignmentOperation, type AlignmentRequest } from './apply-alignment-operation'
import { listSentenceLinks } from './list-sentence-links'

const EN = ['The cat sleeps. The dog barks. The bird sings.', 'It rains today.', 'The sun is out.', 'We go home.']
const RU = ['Кошка спит. Собака лает. Птица поёт.', 'Сегодня идёт дождь.', 'Светит солнце.', 'Мы идём домой.']

/** A link's pairs as `source | target` lines, with a mark for confirmed (✓) and manual (*) pairs. */
const pairs = (list: Awaited<ReturnType<typeof listSentenceLinks>>) =>
  list!.map((p) => `${p.sourceText} | ${p.targetText}${p.confirmed ? ' ✓' : ''}${p.origin === 'manual' ? ' *' : ''}`)

describe.each(testBackends())('editing sentence pairs on $name', ({ open }) => {
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
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    let version = view.version
    const run = async (request: AlignmentRequest) => {
      ;({ version } = await applyAlignmentOperation(db, { documentId: id, lang: 'ru', version, request }, actor))
    }
    const list = (k = 0) => listSentenceLinks(db, { documentId: id, lang: 'ru', linkId: view.rows[k]!.linkId })
    return { id, view, run, list }
  }

  test('merge, split, move, 1:0 and confirm edit one link’s pairs; undo and redo go through them in order with paragraph edits', async () => {
    const { view, run, list } = await importPair()
    const linkId = view.rows[0]!.linkId
    const auto = pairs(await list())
    expect(auto).toEqual([
      'The cat sleeps. | Кошка спит.',
      'The dog barks. | Собака лает.',
      'The bird sings. | Птица поёт.',
    ])

    await run({ op: 'sentence-merge', linkId, index: 1, with: 'previous' })
    expect(pairs(await list())).toEqual([
      'The cat sleeps. The dog barks. | Кошка спит. Собака лает. ✓ *',
      'The bird sings. | Птица поёт.',
    ])
    await run({ op: 'sentence-split', linkId, index: 0, sourceCount: 1, targetCount: 0 })
    expect(pairs(await list())).toEqual([
      'The cat sleeps. |  ✓ *',
      'The dog barks. | Кошка спит. Собака лает. ✓ *',
      'The bird sings. | Птица поёт.',
    ])
    await run({ op: 'sentence-move-up', linkId, index: 1, side: 'target' })
    expect(pairs(await list())).toEqual([
      'The cat sleeps. | Кошка спит. ✓ *',
      'The dog barks. | Собака лает. ✓ *',
      'The bird sings. | Птица поёт.',
    ])
    await run({ op: 'sentence-no-counterpart', linkId, index: 2, side: 'source' })
    // Confirming a confirmed pair changes nothing and is not recorded; unconfirming is.
    await run({ op: 'sentence-confirm', linkId, index: 3, confirmed: true })
    await run({ op: 'sentence-confirm', linkId, index: 3, confirmed: false })
    const edited = pairs(await list())
    expect(edited.slice(2)).toEqual(['The bird sings. |  ✓ *', ' | Птица поёт. *'])
    // A paragraph edit of the same link is on the same undo stack.
    await run({ op: 'confirm', linkId, confirmed: true })
    expect(
      (await db.alignmentOperation.findMany({ where: { translationId: view.id }, orderBy: { seq: 'asc' } })).map(
        (o) => o.kind,
      ),
    ).toEqual([
      'sentence-merge',
      'sentence-split',
      'sentence-move-up',
      'sentence-no-counterpart',
      'sentence-confirm',
      'confirm',
    ])

    await run({ op: 'undo' })
    expect((await getTranslation(db, { documentId: view.documentId, lang: 'ru' }))!.rows[0]!.confirmed).toBe(false)
    expect(pairs(await list())).toEqual(edited)
    for (let k = 0; k < 5; k++) await run({ op: 'undo' })
    expect(pairs(await list())).toEqual(auto)
    await run({ op: 'redo' })
    expect(pairs(await list())).toHaveLength(2)
    await expect(run({ op: 'undo' }).then(() => run({ op: 'undo' }))).rejects.toMatchObject({
      code: 'alignment.nothingToUndo',
    })
  })

  test('a paragraph edit keeps the pairs a person edited for its undo', async () => {
    const { view, run, list } = await importPair()
    await run({ op: 'sentence-merge', linkId: view.rows[0]!.linkId, index: 0, with: 'next' })
    const edited = pairs(await list())
    await run({ op: 'merge', linkId: view.rows[0]!.linkId })
    expect(pairs(await list())).not.toEqual(edited)
    await run({ op: 'undo' })
    expect(pairs(await list())).toEqual(edited)
    await run({ op: 'undo' })
    expect(pairs(await list())).toHaveLength(3)
  })

  test('a refused edit changes nothing and is not recorded', async () => {
    const { view, run, list } = await importPair()
    const before = pairs(await list())
    for (const request of [
      { op: 'sentence-merge', linkId: view.rows[0]!.linkId, index: 0, with: 'previous' },
      { op: 'sentence-split', linkId: view.rows[0]!.linkId, index: 0, sourceCount: 1, targetCount: 1 },
      { op: 'sentence-confirm', linkId: view.rows[0]!.linkId, index: 9, confirmed: true },
    ] as const)
      await expect(run(request)).rejects.toMatchObject({ code: 'alignment.invalidOperation' })
    await expect(run({ op: 'sentence-confirm', linkId: 'nope', index: 0, confirmed: true })).rejects.toBeInstanceOf(
      AppError,
    )
    expect(pairs(await list())).toEqual(before)
    expect(await db.alignmentOperation.count({ where: { translationId: view.id } })).toBe(0)
  })

  test('pairs made before an edit of the link’s text are aligned again from the current text, then edited', async () => {
    const { view, run, list } = await importPair()
    const target = view.rows[0]!.targets[0]!
    await saveSegment(
      db,
      { segmentId: target.id, version: target.version, content: textToDoc('Кот спит. Пёс лает. Птичка поёт.') },
      actor,
    )
    await run({ op: 'sentence-merge', linkId: view.rows[0]!.linkId, index: 0, with: 'next' })
    expect(pairs(await list())).toEqual([
      'The cat sleeps. The dog barks. | Кот спит. Пёс лает. ✓ *',
      'The bird sings. | Птичка поёт.',
    ])
  })

  test('realign keeps links a person changed and links with pairs a person edited or confirmed, with their pairs', async () => {
    const { id, view, run, list } = await importPair()
    const [a, b, c] = view.rows.map((r) => r.linkId) as [string, string, string]
    // A person merges links 3 and 4 (unconfirmed) and edits the pairs of link 1.
    await run({ op: 'merge', linkId: c })
    await run({ op: 'sentence-merge', linkId: a, index: 1, with: 'next' })
    const editedPairs = pairs(await list())
    // Links 1 and 2 are wrong automatic links, as an aligner may leave them: link 1 has link 2's target too.
    await db.alignmentLink.update({ where: { id: b }, data: { targetIds: [] } })
    await db.alignmentLink.update({
      where: { id: a },
      data: { targetIds: [...view.rows[0]!.targets.map((t) => t.id), ...view.rows[1]!.targets.map((t) => t.id)] },
    })
    const before = (await getTranslation(db, { documentId: id, lang: 'ru' }))!

    await run({ op: 'realign' })
    const after = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    // Link 1 holds pairs a person edited, so it stays (with them), wrong as it is; the merged link stays merged.
    expect(after.rows.map((r) => r.type)).toEqual(before.rows.map((r) => r.type))
    expect(after.rows.map((r) => r.linkId)).toEqual([a, b, c])
    expect(after.rows[2]!.origin).toBe('manual')
    expect(pairs(await list())).toEqual(editedPairs)
  })

  test('the sentence-level JSON Lines export uses the edited pairs', async () => {
    const { id, view, run } = await importPair()
    await run({ op: 'sentence-merge', linkId: view.rows[0]!.linkId, index: 0, with: 'next' })
    const source = (await getExportSource(db, { documentId: id, unit: 'sentence' }))!
    let out = ''
    for await (const chunk of writeJsonLines(source, { createdAt: new Date(0), unit: 'sentence', statuses: 'all' }))
      out += chunk
    const records = out
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { source: { text: string }; targets: Array<{ text: string; confirmed: boolean }> },
      )
    expect(records.slice(0, 2).map((r) => [r.source.text, r.targets[0]?.text])).toEqual([
      ['The cat sleeps. The dog barks.', 'Кошка спит. Собака лает.'],
      ['The bird sings.', 'Птица поёт.'],
    ])
    // The pair a person merged counts as confirmed in the export; the aligner's pair next to it does not.
    expect(records.slice(0, 2).map((r) => r.targets[0]?.confirmed)).toEqual([true, false])
  })

  test('sentence units keep the formatting and line breaks of the text they are cut from', async () => {
    const { id } = await createTestDocument(db, EN, 'Rich sentences')
    const first: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Кошка ' },
            { type: 'text', text: 'спит', marks: [{ type: 'bold' }] },
            { type: 'text', text: '. Собака лает. Птица' },
            { type: 'hardBreak' },
            { type: 'text', text: 'поёт.' },
          ],
        },
      ],
    }
    await importTranslationText(db, { documentId: id, lang: 'ru', paragraphs: [first, ...RU.slice(1).map(textToDoc)] })
    const source = (await getExportSource(db, { documentId: id, unit: 'sentence' }))!
    let tmx = ''
    for await (const chunk of writeTmx(source, { createdAt: new Date(0), unit: 'sentence', statuses: 'all' }))
      tmx += chunk
    const segs = [...tmx.matchAll(/<tuv xml:lang="ru"[^>]*>.*?<seg>(.*?)<\/seg>/gs)].map((m) => m[1])
    expect(segs[0]).toMatch(/^Кошка <bpt [^>]*type="bold"[^>]*>.*<\/bpt>спит<ept [^>]*>.*<\/ept>\.$/)
    expect(segs[2]).toMatch(/^Птица<ph [^>]*type="lb"[^>]*\/?>(.*?<\/ph>)?поёт\.$/)
  })
})
