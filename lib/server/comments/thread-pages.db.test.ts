import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import * as threadsRoute from '@/app/api/documents/[id]/translations/[lang]/comments/route'
import * as segmentComments from '@/app/api/segments/[id]/comments/route'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Db } from '@/lib/db/client'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { callRoute, useDbForRoutes } from '@/lib/http/test/call-route'

type Listed = { id: string; body: string; segmentPosition: number; replyCount: number; resolved: boolean }
type Page = { threads: Listed[]; total: number; next: string | null }

const START = Date.parse('2026-01-01T00:00:00.000Z')
const SEGMENTS = 4

describe.each(testBackends())('a language’s comment threads a page at a time on $name', ({ open }) => {
  let db: Db
  let token: string
  beforeAll(async () => {
    db = await open()
    const actor = await createTestActor(db, { role: 'translator', langs: ['ko'] })
    token = (await createApiToken(db, actor.id, 'test')).token
  })
  beforeEach(() => useDbForRoutes(db))
  afterAll(async () => db.$disconnect())

  /**
   * A Russian translation of four segments with `count` threads a second apart, spread over the segments out of
   * their order (thread i on segment i × 3 mod 4); every fifth is resolved and every third has a reply.
   * Answers the threads' ids in the order the list reads them: by segment, then oldest first.
   */
  async function translationWithThreads(count: number, { body = (i: number) => `Комментарий ${i}` } = {}) {
    const { id: documentId } = await createTestDocument(db, ['One.', 'Two.', 'Three.', 'Four.'])
    await createTranslation(db, { documentId, lang: 'ru' })
    const segmentIds = (await getTranslation(db, { documentId, lang: 'ru' }))!.rows.map((row) => row.targets[0]!.id)
    expect(segmentIds).toHaveLength(SEGMENTS)
    const threads = Array.from({ length: count }, (_, i) => ({
      id: `t${String(i).padStart(5, '0')}-${documentId}`,
      segmentId: segmentIds[(i * 3) % SEGMENTS]!,
      parentId: null,
      body: body(i),
      createdAt: new Date(START + i * 1000),
      resolvedAt: i % 5 === 0 ? new Date(START + i * 1000) : null,
      version: 1,
    }))
    const replies = threads
      .filter((_, i) => i % 3 === 0)
      .map((t) => ({ ...t, id: `r-${t.id}`, parentId: t.id, body: 'Ответ', resolvedAt: null }))
    const rows = [...threads, ...replies]
    for (let at = 0; at < rows.length; at += 200) await db.comment.createMany({ data: rows.slice(at, at + 200) })
    const position = (t: (typeof threads)[number]) => segmentIds.indexOf(t.segmentId)
    const ordered = [...threads].sort(
      (a, b) => position(a) - position(b) || a.createdAt.getTime() - b.createdAt.getTime(),
    )
    return { documentId, segmentIds, ordered }
  }

  const list = async (documentId: string, query?: Record<string, string>) => {
    const response = await callRoute(threadsRoute.GET, { params: { id: documentId, lang: 'ru' }, token, query })
    const text = await response.text()
    return { status: response.status, bytes: text.length, body: JSON.parse(text) as Page & { error?: unknown } }
  }

  test('answers the first 50 open threads, their number in all and a cursor, not all 200 of 10,000 characters', async () => {
    const long = (i: number) => `${i} `.padEnd(10_000, 'x')
    const { documentId, ordered } = await translationWithThreads(200, { body: long })
    const { status, bytes, body } = await list(documentId, { open: '1' })
    expect(status).toBe(200)
    const open = ordered.filter((t) => t.resolvedAt === null)
    expect(body.threads.map((t) => t.id)).toEqual(open.slice(0, 50).map((t) => t.id))
    expect(body.threads.every((t) => !t.resolved)).toBe(true)
    expect(body.total).toBe(160)
    expect(body.next).toEqual(expect.any(String))
    expect(bytes).toBeLessThan(51 * 10_500)
    expect((await list(documentId)).body.total).toBe(200)
  })

  test('`after` walks every thread once, in segment order, with its replies counted', async () => {
    const { documentId, ordered } = await translationWithThreads(125)
    const seen: Listed[] = []
    let after: string | null = null
    let pages = 0
    do {
      const { status, body }: { status: number; body: Page } = await list(documentId, after ? { after } : undefined)
      expect(status).toBe(200)
      expect(body.total).toBe(125)
      seen.push(...body.threads)
      after = body.next
      pages += 1
    } while (after)
    expect(pages).toBe(3)
    expect(seen.map((t) => t.id)).toEqual(ordered.map((t) => t.id))
    expect(seen.map((t) => t.segmentPosition)).toEqual([...seen.map((t) => t.segmentPosition)].sort((a, b) => a - b))
    const replies = Object.fromEntries(seen.map((t) => [t.id, t.replyCount]))
    expect(replies[ordered.find((t) => t.id.startsWith('t00003'))!.id]).toBe(1)
    expect(replies[ordered.find((t) => t.id.startsWith('t00004'))!.id]).toBe(0)
  })

  test('threads on one segment written in the same millisecond are neither repeated nor skipped', async () => {
    const { documentId, segmentIds, ordered } = await translationWithThreads(7)
    await db.comment.updateMany({
      where: { id: { in: ordered.map((t) => t.id) } },
      data: { createdAt: new Date(START), segmentId: segmentIds[1] },
    })
    const first = await list(documentId, { limit: '4' })
    const second = await list(documentId, { limit: '4', after: first.body.next! })
    expect(first.body.threads).toHaveLength(4)
    expect(second.body.next).toBeNull()
    const ids = [...first.body.threads, ...second.body.threads].map((t) => t.id)
    expect(ids).toEqual(ordered.map((t) => t.id).sort())
  })

  test('refuses a limit out of range or a cursor it did not issue (400), a segment list’s cursor too', async () => {
    const { documentId, segmentIds } = await translationWithThreads(3)
    expect((await list(documentId, { limit: '0' })).status).toBe(400)
    expect((await list(documentId, { limit: '101' })).status).toBe(400)
    expect((await list(documentId, { after: 'not-a-cursor' })).status).toBe(400)
    const forge = (keys: unknown[]) => Buffer.from(JSON.stringify(keys)).toString('base64url')
    for (const keys of [
      ['2026-01-01T00:00:00.000Z', 'x'],
      ['2026-01-01T00:00:00.000Z', 'x', 1.5],
      ['2026-01-01T00:00:00.000Z', 'x', '1'],
      ['2026-01-01T00:00:00.000Z', 'x', 2 ** 31],
      ['0000-01-01T00:00:00.000Z', 'x', 1],
      ['2026-01-01T00:00:00.000Z', '\u0000', 1],
    ])
      expect((await list(documentId, { after: forge(keys) })).status).toBe(400)
    expect((await list(documentId, { after: forge(['0001-01-01T00:00:00.000Z', 'x', SEGMENTS]) })).body).toEqual({
      threads: [],
      total: 3,
      next: null,
    })
    const small = await list(documentId, { limit: '100' })
    expect(small.body).toMatchObject({ total: 3, next: null })
    expect(small.body.threads).toHaveLength(3)

    // Each list takes only its own cursors.
    const threadCursor = (await list(documentId, { limit: '1' })).body.next!
    const onSegment = await callRoute(segmentComments.GET, {
      params: { id: segmentIds[0]! },
      token,
      query: { after: threadCursor },
    })
    expect(onSegment.status).toBe(400)
  })
})
