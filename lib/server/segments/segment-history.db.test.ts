import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { GET as getRevisions } from '@/app/api/segments/[id]/revisions/route'
import { POST as postRestore } from '@/app/api/segments/[id]/restore/route'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { RouteHandler } from '@/lib/http/route'
import { listSegmentRevisions } from './list-revisions'
import { saveSegment } from './save-segment'

// The route files use the app's shared client (lib/db/db.ts), which reads this cache: pointing it at
// the test database lets the test call the real handlers, with their real `allow` and `langOf`.
const shared = globalThis as unknown as { parallelDb?: Db }

type Answer = { status: number; body: Record<string, unknown> }

describe.each(testBackends())('segment history on $name', ({ open }) => {
  let db: Db
  let admin: Actor
  let translator: Actor
  let reviewer: Actor
  const tokens = new Map<string, string>()

  beforeAll(async () => {
    db = await open()
    shared.parallelDb = db
    admin = await createTestActor(db, { role: 'admin', name: 'Ada Admin' })
    translator = await createTestActor(db, { role: 'translator', langs: ['ru'], name: 'Тоня Переводчица' })
    reviewer = await createTestActor(db, { role: 'reviewer', langs: ['ru'], name: 'Рита Редактор' })
    const koTranslator = await createTestActor(db, { role: 'translator', langs: ['ko'], name: 'Kim' })
    for (const actor of [admin, translator, reviewer, koTranslator])
      tokens.set(actor.name, (await createApiToken(db, actor.id, 'test')).token)
  })
  afterAll(async () => {
    delete shared.parallelDb
    await db.$disconnect()
  })

  async function call(handler: RouteHandler, id: string, as: string | null, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (as) headers.authorization = `Bearer ${tokens.get(as)}`
    const init = body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) }
    const response = await handler(new Request(`http://localhost/api/segments/${id}`, init), {
      params: Promise.resolve({ id }),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  /** A Russian segment the translator wrote twice and the reviewer approved: versions 2, 3 and 4. */
  async function editedSegment() {
    const { id } = await createTestDocument(db, ['The friendship of peoples.'])
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const segmentId = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!.targets[0]!.id
    const first = await saveSegment(db, { segmentId, version: 1, content: textToDoc('Дружба людей.') }, translator)
    const second = await saveSegment(
      db,
      { segmentId, version: first.version, content: textToDoc('Дружба народов.'), status: 'translated' },
      translator,
    )
    const approved = await saveSegment(db, { segmentId, version: second.version, status: 'approved' }, reviewer)
    return { segmentId, approved }
  }

  test('lists revisions newest first with their authors, statuses and word diffs to the one before', async () => {
    const { segmentId } = await editedSegment()
    const { status, body } = await call(getRevisions, segmentId, translator.name)
    expect(status).toBe(200)
    expect(body.truncated).toBe(false)
    expect(body.revisions).toMatchObject([
      {
        version: 4,
        status: 'approved',
        text: 'Дружба народов.',
        html: '<p>Дружба народов.</p>',
        author: { id: reviewer.id, name: 'Рита Редактор', email: reviewer.email },
        diff: [{ kind: 'same', text: 'Дружба народов.' }],
      },
      {
        version: 3,
        status: 'translated',
        author: { name: 'Тоня Переводчица' },
        diff: [
          { kind: 'same', text: 'Дружба ' },
          { kind: 'removed', text: 'людей' },
          { kind: 'added', text: 'народов' },
          { kind: 'same', text: '.' },
        ],
      },
      { version: 2, status: 'draft', diff: [{ kind: 'added', text: 'Дружба людей.' }] },
    ])
    const createdAt = (body.revisions as Array<{ createdAt: string }>).map((r) => Date.parse(r.createdAt))
    expect(createdAt.every((t) => Number.isFinite(t))).toBe(true)
  })

  test('lists at most the limit, and the oldest listed is still compared with the one before it', async () => {
    const { segmentId } = await editedSegment()
    const { revisions, truncated } = await listSegmentRevisions(db, segmentId, 2)
    expect(truncated).toBe(true)
    expect(revisions.map((r) => r.version)).toEqual([4, 3])
    expect(revisions[1]!.diff).toContainEqual({ kind: 'removed', text: 'людей' })
  })

  test('a deleted author shows as null, the revision stays', async () => {
    const { id } = await createTestDocument(db, ['One.'])
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const segmentId = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!.targets[0]!.id
    const leaving = await createTestActor(db, { role: 'translator' })
    await saveSegment(db, { segmentId, version: 1, content: textToDoc('Один.') }, leaving)
    await db.user.delete({ where: { id: leaving.id } })
    const { revisions } = await listSegmentRevisions(db, segmentId)
    expect(revisions).toMatchObject([{ version: 2, author: null, text: 'Один.' }])
  })

  test('restoring makes a new revision with the old text; an approved segment goes back to translated', async () => {
    const { segmentId, approved } = await editedSegment()
    const { status, body } = await call(postRestore, segmentId, translator.name, {
      version: 2,
      currentVersion: approved.version,
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: segmentId, version: 5, text: 'Дружба людей.', status: 'translated' })
    const { revisions } = await listSegmentRevisions(db, segmentId)
    expect(revisions[0]).toMatchObject({
      version: 5,
      status: 'translated',
      text: 'Дружба людей.',
      author: { id: translator.id },
      diff: [
        { kind: 'same', text: 'Дружба ' },
        { kind: 'removed', text: 'народов' },
        { kind: 'added', text: 'людей' },
        { kind: 'same', text: '.' },
      ],
    })
    expect(revisions).toHaveLength(4)
  })

  test('a stale currentVersion is 409 segment.conflict with the current segment, and nothing changes', async () => {
    const { segmentId, approved } = await editedSegment()
    const { status, body } = await call(postRestore, segmentId, translator.name, { version: 2, currentVersion: 3 })
    expect(status).toBe(409)
    expect(body).toMatchObject({ error: { code: 'segment.conflict', current: { version: approved.version } } })
    expect((await listSegmentRevisions(db, segmentId)).revisions).toHaveLength(3)
  })

  test('a restore with only { version } (as the API documents it) goes on top of the current version', async () => {
    const { segmentId, approved } = await editedSegment()
    const { status, body } = await call(postRestore, segmentId, admin.name, { version: 2 })
    expect(status).toBe(200)
    expect(body).toMatchObject({ version: approved.version + 1 })
  })

  test('a version the segment never had is 404 revision.notFound', async () => {
    const { segmentId, approved } = await editedSegment()
    const { status, body } = await call(postRestore, segmentId, admin.name, {
      version: 99,
      currentVersion: approved.version,
    })
    expect(status).toBe(404)
    expect(body).toMatchObject({ error: { code: 'revision.notFound' } })
  })

  test('a translator of another language may read the history but not restore (403); nobody gets 401', async () => {
    const { segmentId, approved } = await editedSegment()
    const restore = { version: 2, currentVersion: approved.version }
    expect((await call(postRestore, segmentId, 'Kim', restore)).body).toMatchObject({
      error: { code: 'auth.forbidden' },
    })
    expect((await call(postRestore, segmentId, 'Kim', restore)).status).toBe(403)
    expect((await call(getRevisions, segmentId, 'Kim')).status).toBe(200)
    expect((await call(postRestore, segmentId, null, restore)).status).toBe(401)
    expect((await call(getRevisions, segmentId, null)).status).toBe(401)
    expect((await listSegmentRevisions(db, segmentId)).revisions).toHaveLength(3)
  })

  test('an unknown segment is 404 segment.notFound', async () => {
    expect(await call(getRevisions, 'no-such-segment', admin.name)).toMatchObject({
      status: 404,
      body: { error: { code: 'segment.notFound' } },
    })
  })
})
