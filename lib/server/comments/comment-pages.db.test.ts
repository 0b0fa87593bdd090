import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import * as segmentComments from '@/app/api/segments/[id]/comments/route'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Db } from '@/lib/db/client'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { callRoute, useDbForRoutes } from '@/lib/http/test/call-route'

type Listed = { id: string; parentId: string | null; body: string; createdAt: string }
type Page = { comments: Listed[]; parents: Listed[]; openThreads: number; next: string | null }

const START = Date.parse('2026-01-01T00:00:00.000Z')

describe.each(testBackends())('a segment’s comments a page at a time on $name', ({ open }) => {
  let db: Db
  let token: string
  beforeAll(async () => {
    db = await open()
    const actor = await createTestActor(db, { role: 'translator', langs: ['ko'] })
    token = (await createApiToken(db, actor.id, 'test')).token
  })
  beforeEach(() => useDbForRoutes(db))
  afterAll(async () => db.$disconnect())

  /** A Russian segment with `count` comments a second apart: every `threadEvery`th a thread, the rest replies to the last one. */
  async function segmentWithComments(
    count: number,
    { threadEvery = 10, body = (i: number) => `Комментарий ${i}` } = {},
  ) {
    const { id: documentId } = await createTestDocument(db, ['One two three.'])
    await createTranslation(db, { documentId, lang: 'ru' })
    const segmentId = (await getTranslation(db, { documentId, lang: 'ru' }))!.rows[0]!.targets[0]!.id
    const rows = []
    let root = ''
    for (let i = 0; i < count; i++) {
      const id = `c${String(i).padStart(5, '0')}-${segmentId}`
      if (i % threadEvery === 0) root = id
      const isRoot = root === id
      const createdAt = new Date(START + i * 1000)
      rows.push({ id, segmentId, parentId: isRoot ? null : root, body: body(i), createdAt, version: 1 })
    }
    for (let at = 0; at < rows.length; at += 200) await db.comment.createMany({ data: rows.slice(at, at + 200) })
    return { segmentId, ids: rows.map((r) => r.id) }
  }

  const list = async (segmentId: string, query?: Record<string, string>) => {
    const response = await callRoute(segmentComments.GET, { params: { id: segmentId }, token, query })
    const text = await response.text()
    return { status: response.status, bytes: text.length, body: JSON.parse(text) as Page & { error?: unknown } }
  }

  test('answers the newest 50 comments and a cursor, not all 200 of 10,000 characters in one thread', async () => {
    const long = (i: number) => `${i} `.padEnd(10_000, 'x')
    const { segmentId, ids } = await segmentWithComments(200, { threadEvery: 200, body: long })
    const { status, bytes, body } = await list(segmentId)
    expect(status).toBe(200)
    expect(body.comments.map((c) => c.id)).toEqual(ids.slice(-50).reverse())
    expect(body.next).toEqual(expect.any(String))
    expect(body.openThreads).toBe(1)
    // The replies on the page belong to a thread begun long before it: that first comment comes along.
    expect(body.parents.map((c) => c.id)).toEqual([ids[0]])
    expect(bytes).toBeLessThan(51 * 10_500)
  })

  test('`after` walks back to the first comment, each once, with every reply’s thread', async () => {
    const { segmentId, ids } = await segmentWithComments(125)
    const seen: string[] = []
    let after: string | null = null
    let pages = 0
    do {
      const { status, body }: { status: number; body: Page } = await list(segmentId, after ? { after } : undefined)
      expect(status).toBe(200)
      const shown = new Set([...body.comments, ...body.parents].map((c) => c.id))
      for (const c of body.comments) if (c.parentId) expect(shown).toContain(c.parentId)
      seen.push(...body.comments.map((c) => c.id))
      after = body.next
      pages += 1
    } while (after)
    expect(pages).toBe(3)
    expect(seen).toEqual([...ids].reverse())
  })

  test('comments written in the same millisecond are neither repeated nor skipped across pages', async () => {
    const { segmentId, ids } = await segmentWithComments(7)
    await db.comment.updateMany({ where: { segmentId }, data: { createdAt: new Date(START) } })
    const first = await list(segmentId, { limit: '4' })
    const second = await list(segmentId, { limit: '4', after: first.body.next! })
    expect(first.body.comments).toHaveLength(4)
    expect(second.body.next).toBeNull()
    expect([...first.body.comments, ...second.body.comments].map((c) => c.id).sort()).toEqual([...ids].sort())
  })

  test('refuses a limit out of range or a cursor it did not issue (400), and a missing segment (404)', async () => {
    const { segmentId } = await segmentWithComments(3)
    expect((await list(segmentId, { limit: '0' })).status).toBe(400)
    expect((await list(segmentId, { limit: '101' })).status).toBe(400)
    expect((await list(segmentId, { after: 'not-a-cursor' })).status).toBe(400)
    const forge = (keys: unknown[]) => Buffer.from(JSON.stringify(keys)).toString('base64url')
    for (const keys of [
      ['yesterday', 'x'],
      ['0000-01-01T00:00:00.000Z', 'x'],
      ['2026-01-01T00:00:00.000Z', '\u0000'],
    ])
      expect((await list(segmentId, { after: forge(keys) })).status).toBe(400)
    expect((await list(segmentId, { after: forge(['0001-01-01T00:00:00.000Z', 'x']) })).body.comments).toEqual([])
    const small = await list(segmentId, { limit: '100' })
    expect(small.body).toMatchObject({ next: null, parents: [], openThreads: 1 })
    expect(small.body.comments).toHaveLength(3)
    const missing = await list('no-such-segment')
    expect(missing.status).toBe(404)
    expect(missing.body.error).toMatchObject({ code: 'segment.notFound' })
  })
})
