import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor, Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { insertTranslation } from '@/lib/db/insert-translation'
import * as rawSql from '@/lib/db/raw-sql'
import { getSegment } from '@/lib/db/segments'
import { createTestActor, createTestDocument, oneToOneRows } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { createRoute } from '@/lib/http/route'
import { approveSegmentsRoute } from '@/lib/http/routes/approve-segments'
import { BULK_APPROVE_MAX } from '@/lib/http/schemas'
import { TAB_HEADER } from '@/lib/live/tab'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '../segments/save-segment'
import { APPROVE_BATCH, approveSegments } from './approve-segments'

const noSessions = () => {
  throw new Error('this test signs in with tokens only')
}

describe.each(testBackends())('bulk approval on $name', ({ open }) => {
  let db: Db
  let admin: Actor
  let approve: ReturnType<typeof approveSegmentsRoute>
  const tokens = {} as Record<'translator' | 'reviewer' | 'koReviewer' | 'admin', string>
  beforeAll(async () => {
    db = await open()
    approve = approveSegmentsRoute(createRoute({ getDb: () => db, getAuth: noSessions }))
    admin = await createTestActor(db, { role: 'admin' })
    const people: Array<[keyof typeof tokens, Role, string[]]> = [
      ['translator', 'translator', ['ru']],
      ['reviewer', 'reviewer', ['ru']],
      ['koReviewer', 'reviewer', ['ko']],
      ['admin', 'admin', []],
    ]
    for (const [key, role, langs] of people) {
      const actor = await createTestActor(db, { role, langs })
      tokens[key] = (await createApiToken(db, actor.id, key)).token
    }
  })
  afterAll(async () => db.$disconnect())

  const post = (documentId: string, lang: string, body: unknown, token?: string, tab?: string) =>
    approve(
      new Request(`http://localhost/api/documents/${documentId}/translations/${lang}/approve`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(tab ? { [TAB_HEADER]: tab } : {}),
        },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id: documentId, lang }) },
    )

  /** A Russian translation whose segments are translated, draft, translated, approved, empty (in that order). */
  async function makeTranslation() {
    const { id } = await createTestDocument(db, ['One.', 'Two.', 'Three.', 'Four.', 'Five.'])
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const ids = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows.map((row) => row.targets[0]!.id)
    // Each segment's saves by an admin: confirm (and approve), or a draft, or nothing.
    const steps: Array<Array<'translated' | 'approved' | undefined>> = [
      ['translated'],
      [undefined],
      ['translated'],
      ['translated', 'approved'],
    ]
    for (const [index, statuses] of steps.entries()) {
      let version = 1
      for (const status of statuses)
        ({ version } = await saveSegment(
          db,
          { segmentId: ids[index]!, version, content: textToDoc(`Текст ${index}`), status },
          admin,
        ))
    }
    return { documentId: id, ids }
  }

  test('a reviewer approves the listed translated segments and is told which others were skipped and why', async () => {
    const { documentId, ids } = await makeTranslation()
    const response = await post(documentId, 'ru', { segmentIds: [...ids, 'no-such-segment'] }, tokens.reviewer)
    expect(response.status).toBe(200)
    const result = (await response.json()) as { approved: number; skipped: unknown[]; segments: unknown[] }
    expect(result.approved).toBe(2)
    expect(result.segments).toEqual([
      { id: ids[0], status: 'approved', version: 3 },
      { id: ids[2], status: 'approved', version: 3 },
    ])
    expect(result.skipped).toEqual([
      { id: ids[1], status: 'draft', reason: 'status' },
      { id: ids[3], status: 'approved', reason: 'status' },
      { id: ids[4], status: 'empty', reason: 'status' },
      { id: 'no-such-segment', status: null, reason: 'notFound' },
    ])
    const revision = await db.revision.findFirst({
      where: { segmentId: ids[0], version: 3 },
      include: { author: { select: { email: true } } },
    })
    expect(revision).toMatchObject({
      status: 'approved',
      text: 'Текст 0',
      author: { email: expect.stringMatching(/^reviewer-/) },
    })
    expect((await getSegment(db, ids[0]!))?.text).toBe('Текст 0')
  })

  test('the live events of an approval name the browser tab the request came from (a malformed one: none)', async () => {
    const tab = '0123456789abcdef01234567'
    const eventsOf = async (segmentId: string) =>
      (await db.liveEvent.findMany({ where: { kind: 'segment' }, select: { payload: true } }))
        .map((e) => e.payload as { id: string; tab?: string })
        .filter((p) => p.id === segmentId)
    const first = await makeTranslation()
    expect((await post(first.documentId, 'ru', { segmentIds: [first.ids[0]] }, tokens.reviewer, tab)).status).toBe(200)
    expect(await eventsOf(first.ids[0]!)).toContainEqual(expect.objectContaining({ tab }))
    const second = await makeTranslation()
    const bad = 'not a tab id'
    expect((await post(second.documentId, 'ru', { segmentIds: [second.ids[0]] }, tokens.reviewer, bad)).status).toBe(
      200,
    )
    const events = await eventsOf(second.ids[0]!)
    expect(events.length).toBeGreaterThan(0)
    for (const event of events) expect(event).not.toHaveProperty('tab')
  })

  test('a long approval is written a batch at a time, each its own transaction, and a save made between batches is kept', async () => {
    const count = APPROVE_BATCH * 2 + 5
    const { id } = await createTestDocument(
      db,
      Array.from({ length: count }, (_, i) => `Sentence ${i}.`),
    )
    const paragraphIds = (
      await db.sourceParagraph.findMany({ where: { documentId: id }, orderBy: { position: 'asc' } })
    ).map((p) => p.id)
    const rows = oneToOneRows(paragraphIds, (i) => `Предложение ${i}.`)
    await insertTranslation(db, { documentId: id, lang: 'ru', ...rows })
    const ids = rows.segments.map((s) => s.id)
    // A translator takes the last segment back to a draft while the first batch is written: on a turn of
    // the event loop the approval gives way to (the save runs there, as a request that arrived meanwhile would).
    const last = ids[count - 1]!
    const transactions = vi.spyOn(db, '$transaction')
    let saved = false
    const turns = vi.spyOn(rawSql, 'yieldToEventLoop').mockImplementation(async () => {
      if (!saved && transactions.mock.calls.length === 1) {
        saved = true
        await saveSegment(db, { segmentId: last, version: 1, content: textToDoc('Черновик.'), status: 'draft' }, admin)
      }
    })
    try {
      const result = await approveSegments(db, { documentId: id, lang: 'ru', filter: { status: 'translated' } }, admin)
      // Exact counts across the batches: the draft is no longer waiting, so it is not part of the filter.
      expect(result.approved).toBe(count - 1)
      expect(result.segments.map((s) => s.id)).toEqual(ids.slice(0, count - 1))
      expect(result.skipped).toEqual([])
      expect(transactions.mock.calls.length).toBe(3)
      expect(turns.mock.calls.length).toBeGreaterThanOrEqual(3)
    } finally {
      turns.mockRestore()
      transactions.mockRestore()
    }
    expect(saved).toBe(true)
    expect(await getSegment(db, last)).toMatchObject({ text: 'Черновик.', status: 'draft', version: 2 })
    // Listed ids in batches too: the approved ones and the draft are skipped for their status.
    const again = await approveSegments(db, { documentId: id, lang: 'ru', segmentIds: ids }, admin)
    expect(again.approved).toBe(0)
    expect(again.skipped).toHaveLength(count)
    expect(again.skipped.at(-1)).toEqual({ id: last, status: 'draft', reason: 'status' })
  })

  test('a version the reviewer saw that has moved on is skipped as a conflict', async () => {
    const { documentId, ids } = await makeTranslation()
    const response = await post(
      documentId,
      'ru',
      { segmentIds: [ids[0], ids[2]], versions: { [ids[0]!]: 1, [ids[2]!]: 2 } },
      tokens.admin,
    )
    expect(await response.json()).toMatchObject({
      approved: 1,
      skipped: [{ id: ids[0], status: 'translated', reason: 'conflict' }],
    })
    expect((await getSegment(db, ids[0]!))?.status).toBe('translated')
  })

  test('the filter approves every translated segment of the language and nothing else', async () => {
    const { documentId, ids } = await makeTranslation()
    const other = await makeTranslation()
    const response = await post(documentId, 'ru', { filter: { status: 'translated' } }, tokens.reviewer)
    expect(await response.json()).toMatchObject({ approved: 2, skipped: [] })
    const statuses = await Promise.all(ids.map(async (id) => (await getSegment(db, id))?.status))
    expect(statuses).toEqual(['approved', 'draft', 'approved', 'approved', 'empty'])
    expect((await getSegment(db, other.ids[0]!))?.status).toBe('translated')
  })

  test('anonymous is 401; a translator and a reviewer of another language are 403, and nothing changes', async () => {
    const { documentId, ids } = await makeTranslation()
    const body = { segmentIds: ids }
    expect((await post(documentId, 'ru', body)).status).toBe(401)
    for (const token of [tokens.translator, tokens.koReviewer]) {
      const response = await post(documentId, 'ru', body, token)
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ error: { code: 'auth.forbidden' } })
    }
    expect((await getSegment(db, ids[0]!))?.status).toBe('translated')
  })

  test('refuses more ids than the bound, and a body with both or neither of a list and a filter', async () => {
    const { documentId } = await makeTranslation()
    const tooMany = Array.from({ length: BULK_APPROVE_MAX + 1 }, (_, i) => `s${i}`)
    for (const body of [{ segmentIds: tooMany }, {}, { segmentIds: ['a'], filter: { status: 'translated' } }])
      expect((await post(documentId, 'ru', body, tokens.admin)).status).toBe(400)
    expect((await post('no-such-document', 'ru', { segmentIds: ['a'] }, tokens.admin)).status).toBe(404)
  })
})
