import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import * as rawSql from '@/lib/db/raw-sql'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { upsertTmUnits } from '@/lib/db/tm-units'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { createRoute } from '@/lib/http/route'
import { pretranslateRoute } from '@/lib/http/routes/pretranslate'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { RichDoc } from '@/lib/richtext/types'
import { saveSegment } from '@/lib/server/segments/save-segment'
import type { TmUnitInput } from '@/lib/tm/tm-unit'
import { PRETRANSLATE_BATCH, pretranslateTranslation } from './pretranslate-translation'

const noSessions = () => {
  throw new Error('this test signs in with tokens only')
}

const bold = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] }],
})

describe.each(testBackends())('pre-translation from the memory on $name', ({ open }) => {
  let db: Db
  let admin: Actor
  beforeAll(async () => {
    db = await open()
    admin = await createTestActor(db, { role: 'admin' })
  })
  afterAll(async () => db.$disconnect())

  /**
   * A German translation of five rows (sentences unique to the test): rows 2 and 3 have twins in the
   * memory (row 2 also in context, in an older unit), row 4 has none, row 5 is translated already and
   * has a twin too.
   */
  async function setUp() {
    const tag = Math.random().toString(36).slice(2, 8)
    const source = [
      `Open the file ${tag}.`,
      `Save your work ${tag}.`,
      `Close the window ${tag}.`,
      `Nobody wrote this ${tag}.`,
      `Already translated ${tag}.`,
    ]
    const document = await createTestDocument(db, source)
    await createTranslation(db, { documentId: document.id, lang: 'de' })
    const ids = (await getTranslation(db, { documentId: document.id, lang: 'de' }))!.rows.map((r) => r.targets[0]!.id)
    await saveSegment(db, { segmentId: ids[4]!, version: 1, content: textToDoc('Von Hand übersetzt.') }, admin)
    const unit = (over: Partial<TmUnitInput> & Pick<TmUnitInput, 'source' | 'target'>): TmUnitInput => ({
      srcLang: 'en',
      tgtLang: 'de',
      origin: 'manual.tmx',
      originLabel: 'manual.tmx',
      status: 'imported',
      updatedAt: new Date('2026-02-01'),
      ...over,
    })
    await upsertTmUnits(db, [
      unit({ source: source[1]!, target: 'Speichern Sie (ohne Kontext).' }),
      unit({
        source: source[1]!,
        target: 'Speichern Sie (im Kontext).',
        previousSource: source[0],
        nextSource: source[2],
        origin: 'doc-handbook',
        originLabel: 'Handbook',
        documentId: null,
        updatedAt: new Date('2025-06-01'),
      }),
      unit({
        source: source[2]!,
        target: 'Schließen Sie das Fenster.',
        targetContent: bold('Schließen Sie das Fenster.'),
      }),
      unit({ source: source[4]!, target: 'Aus dem Speicher.' }),
    ])
    return { documentId: document.id, ids }
  }

  test('fills empty rows from 100% and in-context matches as drafts with their origin, and leaves work alone', async () => {
    const { documentId, ids } = await setUp()
    const result = await pretranslateTranslation(db, { documentId, lang: 'de' }, admin)
    expect(result).toEqual({ rows: 5, empty: 4, filled: 2, exact: 1, context: 1, skipped: 2 })
    const segments = await db.targetSegment.findMany({
      where: { id: { in: ids } },
      select: { id: true, text: true, content: true, status: true, version: true, pretranslation: true },
    })
    const byId = new Map(segments.map((s) => [s.id, s]))
    expect(byId.get(ids[0]!)).toMatchObject({ text: '', status: 'empty', version: 1, pretranslation: null })
    // The in-context unit wins over the newer 100% one.
    expect(byId.get(ids[1]!)).toMatchObject({
      text: 'Speichern Sie (im Kontext).',
      status: 'draft',
      version: 2,
      pretranslation: {
        kind: 'context',
        score: 101,
        origin: 'doc-handbook',
        originLabel: 'Handbook',
        documentId: null,
      },
    })
    // The match's rich content, not just its text.
    expect(byId.get(ids[2]!)).toMatchObject({
      content: bold('Schließen Sie das Fenster.'),
      status: 'draft',
      pretranslation: { kind: 'exact', score: 100, originLabel: 'manual.tmx' },
    })
    expect(byId.get(ids[3]!)).toMatchObject({ text: '', status: 'empty', version: 1 })
    expect(byId.get(ids[4]!)).toMatchObject({ text: 'Von Hand übersetzt.', version: 2, pretranslation: null })
    // Each fill is a save by the person who asked: a revision of the new version.
    const revision = await db.revision.findFirst({ where: { segmentId: ids[1]!, version: 2 } })
    expect(revision).toMatchObject({ status: 'draft', text: 'Speichern Sie (im Kontext).', authorId: admin.id })
    // Run again, nothing more to fill and nothing overwritten.
    expect(await pretranslateTranslation(db, { documentId, lang: 'de' }, admin)).toEqual({
      rows: 5,
      empty: 2,
      filled: 0,
      exact: 0,
      context: 0,
      skipped: 2,
    })
    expect((await db.targetSegment.findUnique({ where: { id: ids[1]! } }))?.version).toBe(2)
  })

  test('each fill is a live event, so others with the translation open see it without a reload', async () => {
    const { documentId, ids } = await setUp()
    const before = await db.liveEvent.aggregate({ _max: { id: true } })
    await pretranslateTranslation(db, { documentId, lang: 'de' }, admin)
    const events = await db.liveEvent.findMany({
      where: { kind: 'segment', id: { gt: before._max.id ?? BigInt(0) } },
      select: { payload: true },
    })
    const filled = events
      .map((e) => e.payload as { id: string; version: number; html: string })
      .filter((p) => ids.includes(p.id))
    expect(filled.map((p) => [p.id, p.version]).sort()).toEqual(
      [
        [ids[1], 2],
        [ids[2], 2],
      ].sort(),
    )
    expect(filled.find((p) => p.id === ids[2])?.html).toContain('<strong>')
  })

  test('"in context only" leaves rows with only a 100% match empty', async () => {
    const { documentId, ids } = await setUp()
    const result = await pretranslateTranslation(db, { documentId, lang: 'de', minimum: 'context' }, admin)
    expect(result).toEqual({ rows: 5, empty: 4, filled: 1, exact: 0, context: 1, skipped: 3 })
    expect((await db.targetSegment.findUnique({ where: { id: ids[2]! } }))?.status).toBe('empty')
  })

  test('a segment emptied after its save is not filled with its own translation, but an identical row elsewhere is', async () => {
    const { documentId, ids } = await setUp()
    // Saved as translated, the row goes into the memory with its neighbours (a 101% match for itself); then cleared.
    const own = textToDoc('Meine eigene Übersetzung.')
    await saveSegment(db, { segmentId: ids[0]!, version: 1, content: own, status: 'translated' }, admin)
    await saveSegment(db, { segmentId: ids[0]!, version: 2, content: textToDoc('') }, admin)
    expect(await pretranslateTranslation(db, { documentId, lang: 'de' }, admin)).toMatchObject({
      empty: 4,
      filled: 2,
      skipped: 2,
    })
    expect(await db.targetSegment.findUnique({ where: { id: ids[0]! } })).toMatchObject({
      text: '',
      status: 'empty',
      version: 3,
      pretranslation: null,
    })
    // The unit is still the memory's for every other segment: a copy of the document gets it.
    const { rows } = (await getTranslation(db, { documentId, lang: 'de' }))!
    const copy = await createTestDocument(
      db,
      rows.map((r) => r.sources.map((s) => s.text).join(' ')),
    )
    await createTranslation(db, { documentId: copy.id, lang: 'de' })
    await pretranslateTranslation(db, { documentId: copy.id, lang: 'de' }, admin)
    const copied = (await getTranslation(db, { documentId: copy.id, lang: 'de' }))!.rows[0]!.targets[0]!
    expect(await db.targetSegment.findUnique({ where: { id: copied.id } })).toMatchObject({
      text: 'Meine eigene Übersetzung.',
      pretranslation: { kind: 'context', score: 101 },
    })
  })

  test('a person editing a pre-translated segment clears its origin', async () => {
    const { documentId, ids } = await setUp()
    await pretranslateTranslation(db, { documentId, lang: 'de' }, admin)
    const saved = await saveSegment(
      db,
      { segmentId: ids[1]!, version: 2, content: textToDoc('Speichern Sie, bitte.') },
      admin,
    )
    expect(saved.status).toBe('draft')
    const row = await db.targetSegment.findUnique({ where: { id: ids[1]! }, select: { pretranslation: true } })
    expect(row?.pretranslation).toBeNull()
  })

  test('a long translation is written a batch at a time, each its own transaction, and a save made between batches is kept', async () => {
    const tag = Math.random().toString(36).slice(2, 8)
    const count = PRETRANSLATE_BATCH * 2 + 5
    const source = Array.from({ length: count }, (_, i) => `Sentence ${i} of the long text ${tag}.`)
    const document = await createTestDocument(db, source)
    await createTranslation(db, { documentId: document.id, lang: 'de' })
    const ids = (await getTranslation(db, { documentId: document.id, lang: 'de' }))!.rows.map((r) => r.targets[0]!.id)
    await upsertTmUnits(
      db,
      source.map((text, i) => ({
        srcLang: 'en',
        tgtLang: 'de',
        source: text,
        target: `Satz ${i} ${tag}.`,
        origin: 'long.tmx',
        originLabel: 'long.tmx',
        status: 'imported' as const,
        updatedAt: new Date('2026-02-01'),
      })),
    )
    // A person saves the last row while the first batches are written: on a turn of the event loop the job
    // gives way to (the save runs there, as a request that arrived meanwhile would).
    const last = ids[count - 1]!
    const transactions = vi.spyOn(db, '$transaction')
    let saved = false
    const turns = vi.spyOn(rawSql, 'yieldToEventLoop').mockImplementation(async () => {
      if (!saved && transactions.mock.calls.length === 1) {
        saved = true
        await saveSegment(db, { segmentId: last, version: 1, content: textToDoc('Von Hand.') }, admin)
      }
    })
    try {
      const result = await pretranslateTranslation(db, { documentId: document.id, lang: 'de' }, admin)
      expect(result).toEqual({ rows: count, empty: count, filled: count - 1, exact: count - 1, context: 0, skipped: 1 })
      // One transaction a batch, with turns between the lookups and before each batch's writes.
      expect(transactions.mock.calls.length).toBe(3)
      expect(turns.mock.calls.length).toBeGreaterThanOrEqual(count + 3)
    } finally {
      turns.mockRestore()
      transactions.mockRestore()
    }
    expect(saved).toBe(true)
    expect(await db.targetSegment.findUnique({ where: { id: last } })).toMatchObject({
      text: 'Von Hand.',
      version: 2,
      pretranslation: null,
    })
    expect(await db.targetSegment.findUnique({ where: { id: ids[0]! } })).toMatchObject({ text: `Satz 0 ${tag}.` })
  })

  test('the route needs the right to edit the language and answers the counts', async () => {
    const { documentId } = await setUp()
    const post = pretranslateRoute(createRoute({ getDb: () => db, getAuth: noSessions }))
    const call = async (token: string, body: unknown = {}) =>
      post(
        new Request(`http://localhost/api/documents/${documentId}/translations/de/pretranslate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ id: documentId, lang: 'de' }) },
      )
    const token = async (langs: string[]) =>
      (await createApiToken(db, (await createTestActor(db, { role: 'translator', langs })).id, 't')).token
    const russian = await token(['ru'])
    expect((await call(russian)).status).toBe(403)
    const segments = () =>
      db.targetSegment.findMany({ where: { translation: { documentId } }, select: { pretranslation: true } })
    expect((await segments()).filter((s) => s.pretranslation !== null)).toEqual([])
    const german = await token(['de'])
    expect((await call(german, { minimum: 'sometimes' })).status).toBe(400)
    const response = await call(german)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ rows: 5, empty: 4, filled: 2, exact: 1, context: 1, skipped: 2 })
    expect((await segments()).filter((s) => s.pretranslation !== null)).toHaveLength(2)
  })
})
