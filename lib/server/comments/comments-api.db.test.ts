import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor, Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getSegment } from '@/lib/db/segments'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '@/lib/server/segments/save-segment'

// The routes run on the app's shared client; here it is the test database of the backend under test.
const shared = vi.hoisted(() => ({ db: undefined as unknown }))
vi.mock('@/lib/db/db', () => ({
  db: new Proxy(
    {},
    {
      get(_target, property) {
        const client = shared.db as Record<string | symbol, unknown>
        const value = client[property]
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(client) : value
      },
    },
  ),
}))

const segmentComments = await import('@/app/api/segments/[id]/comments/route')
const segmentRoute = await import('@/app/api/segments/[id]/route')
const commentRoute = await import('@/app/api/comments/[id]/route')
const threadsRoute = await import('@/app/api/documents/[id]/translations/[lang]/comments/route')
const qualityRoute = await import('@/app/api/documents/[id]/quality/route')

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>
type CallOptions = { token?: string; body?: unknown; method?: string; query?: string; locale?: string }

async function call(handler: Handler, params: unknown, options: CallOptions = {}) {
  const headers: Record<string, string> = { 'accept-language': options.locale ?? 'en' }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const request = new Request(`http://localhost/api/x${options.query ?? ''}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handler(request, { params: Promise.resolve(params) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: never } }
}

const TEN_WORDS = 'One two three four five six seven eight nine ten.'

describe.each(testBackends())('comments and review marks through the API on $name', ({ open }) => {
  let db: Db
  const people = {} as Record<'admin' | 'ruTranslator' | 'koTranslator' | 'ruReviewer', Actor & { token: string }>

  async function person(key: keyof typeof people, role: Role, langs: string[], name: string) {
    const actor = await createTestActor(db, { role, langs, name })
    people[key] = { ...actor, token: (await createApiToken(db, actor.id, 'test')).token }
  }

  beforeAll(async () => {
    db = await open()
    shared.db = db
    await person('admin', 'admin', [], 'Admin')
    await person('ruTranslator', 'translator', ['ru'], 'Анна')
    await person('koTranslator', 'translator', ['ko'], '민지')
    await person('ruReviewer', 'reviewer', ['ru'], 'Борис')
  })
  afterAll(async () => db.$disconnect())

  /** A document in ru and ko whose ru segments the Russian translator has translated and confirmed. */
  async function translatedDocument(paragraphs = [TEN_WORDS, TEN_WORDS, TEN_WORDS]) {
    const { id } = await createTestDocument(db, paragraphs)
    await createTranslation(db, { documentId: id, lang: 'ru' })
    await createTranslation(db, { documentId: id, lang: 'ko' })
    const view = (await getTranslation(db, { documentId: id, lang: 'ru' }))!
    const segments = []
    for (const row of view.rows) {
      const target = row.targets[0]!
      const content = textToDoc('Один два три четыре пять шесть семь восемь девять десять.')
      segments.push(
        await saveSegment(db, { segmentId: target.id, version: 1, content, status: 'translated' }, people.ruTranslator),
      )
    }
    return { documentId: id, segments }
  }

  test('anonymous callers get 401 on every comment route', async () => {
    const { documentId, segments } = await translatedDocument()
    const id = segments[0]!.id
    expect((await call(segmentComments.GET, { id })).status).toBe(401)
    expect((await call(segmentComments.POST, { id }, { body: { body: 'Hi' } })).status).toBe(401)
    expect((await call(commentRoute.PATCH, { id: 'x' }, { method: 'PATCH', body: { resolved: true } })).status).toBe(
      401,
    )
    expect((await call(threadsRoute.GET, { id: documentId, lang: 'ru' })).status).toBe(401)
    expect((await call(qualityRoute.GET, { id: documentId })).status).toBe(401)
  })

  test('a translator of another language may read but not comment (403)', async () => {
    const { segments } = await translatedDocument()
    const id = segments[0]!.id
    const { token } = people.koTranslator
    expect((await call(segmentComments.GET, { id }, { token })).status).toBe(200)
    const refused = await call(segmentComments.POST, { id }, { token, body: { body: '질문' } })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'auth.forbidden' })
  })

  test('a translator comments, a reviewer replies, and the thread lists newest first with authors', async () => {
    const { segments } = await translatedDocument()
    const id = segments[0]!.id
    const created = await call(
      segmentComments.POST,
      { id },
      { token: people.ruTranslator.token, body: { body: '  Так ли здесь термин?  ' } },
    )
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      parentId: null,
      body: 'Так ли здесь термин?',
      category: null,
      severity: null,
      version: segments[0]!.version,
      resolved: false,
      author: { id: people.ruTranslator.id, name: 'Анна', email: people.ruTranslator.email },
    })
    const reply = await call(
      segmentComments.POST,
      { id },
      { token: people.ruReviewer.token, body: { body: 'Да, так.', parentId: created.body.id } },
    )
    expect(reply.status).toBe(201)
    const { body } = await call(segmentComments.GET, { id }, { token: people.koTranslator.token })
    expect(
      (body.comments as Array<{ body: string; parentId: string | null }>).map((c) => [c.body, c.parentId]),
    ).toEqual([
      ['Да, так.', created.body.id],
      ['Так ли здесь термин?', null],
    ])
    expect(body).toMatchObject({ parents: [], openThreads: 1, next: null })
  })

  test('refuses an empty or too long body with localized messages, half a mark, a marked reply and a reply elsewhere', async () => {
    const { segments } = await translatedDocument()
    const [first, second] = segments.map((s) => s.id)
    const token = people.ruReviewer.token
    const post = (id: string, body: unknown, locale = 'en') =>
      call(segmentComments.POST, { id }, { token, body, locale })

    const empty = await post(first!, { body: '   ' }, 'ru')
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body.error)).toMatch(/[а-яё]/i)
    expect((await post(first!, { body: 'x'.repeat(10_001) })).status).toBe(400)
    expect((await post(first!, { body: 'x'.repeat(10_000) })).status).toBe(201)

    const half = await post(first!, { body: 'Неточно', category: 'accuracy' }, 'ko')
    expect(half.status).toBe(400)
    expect(half.body.error).toMatchObject({ code: 'comment.invalidMark' })
    expect((await post(first!, { body: 'Неточно', category: 'grammar', severity: 'minor' })).status).toBe(400)

    const root = await post(first!, { body: 'Неточно', category: 'accuracy', severity: 'major' })
    expect(root.body).toMatchObject({ category: 'accuracy', severity: 'major' })
    const markedReply = await post(first!, {
      body: 'Ещё',
      parentId: root.body.id,
      category: 'style',
      severity: 'minor',
    })
    expect(markedReply.body.error).toMatchObject({ code: 'comment.invalidMark' })
    const elsewhere = await post(second!, { body: 'Ответ', parentId: root.body.id })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.error).toMatchObject({ code: 'comment.invalidParent' })
  })

  test('rejecting needs a comment (422); with one, the comment and its mark are stored with the rejection', async () => {
    const { segments } = await translatedDocument()
    const segment = segments[0]!
    const patch = (body: unknown, token = people.ruReviewer.token) =>
      call(segmentRoute.PATCH, { id: segment.id }, { token, method: 'PATCH', body })

    const bare = await patch({ status: 'rejected', version: segment.version }, people.ruReviewer.token)
    expect(bare.status).toBe(422)
    expect(bare.body.error).toMatchObject({ code: 'segment.rejectNeedsComment' })
    expect((await patch({ status: 'rejected', comment: '  ', version: segment.version })).status).toBe(422)
    expect(await getSegment(db, segment.id)).toMatchObject({ status: 'translated', version: segment.version })

    const byTranslator = await patch(
      { status: 'rejected', comment: 'Нет', version: segment.version },
      people.ruTranslator.token,
    )
    expect(byTranslator.status).toBe(403)

    const rejected = await patch({
      status: 'rejected',
      comment: 'Термин «дружба» здесь не подходит.',
      category: 'terminology',
      severity: 'major',
      version: segment.version,
    })
    expect(rejected.status).toBe(200)
    expect(rejected.body).toMatchObject({ status: 'rejected', version: segment.version + 1 })
    const { body } = await call(segmentComments.GET, { id: segment.id }, { token: people.ruTranslator.token })
    expect(body.comments).toEqual([
      expect.objectContaining({
        body: 'Термин «дружба» здесь не подходит.',
        category: 'terminology',
        severity: 'major',
        version: segment.version + 1,
        resolved: false,
        author: expect.objectContaining({ id: people.ruReviewer.id }) as unknown,
      }),
    ])
  })

  test('a comment or mark without a review decision is refused', async () => {
    const { segments } = await translatedDocument()
    const segment = segments[0]!
    const response = await call(
      segmentRoute.PATCH,
      { id: segment.id },
      {
        token: people.ruTranslator.token,
        method: 'PATCH',
        body: { status: 'translated', comment: 'Готово', version: segment.version },
      },
    )
    expect(response.status).toBe(400)
    expect(response.body.error).toMatchObject({ code: 'comment.invalidMark' })
  })

  test('threads resolve and reopen, also through a reply, and the open list follows', async () => {
    const { documentId, segments } = await translatedDocument()
    const [first, , third] = segments.map((s) => s.id)
    const post = (id: string, body: string, parentId?: string) =>
      call(segmentComments.POST, { id }, { token: people.ruReviewer.token, body: { body, parentId } })
    const onThird = await post(third!, 'Третий')
    const onFirst = await post(first!, 'Первый')
    const reply = await post(first!, 'Ответ', onFirst.body.id as string)
    const openList = async () => {
      const { status, body } = await call(
        threadsRoute.GET,
        { id: documentId, lang: 'ru' },
        { token: people.koTranslator.token, query: '?open=1' },
      )
      expect(status).toBe(200)
      return (body.threads as Array<{ body: string; segmentPosition: number; replyCount: number }>).map((t) => [
        t.body,
        t.segmentPosition,
        t.replyCount,
      ])
    }
    expect(await openList()).toEqual([
      ['Первый', 0, 1],
      ['Третий', 2, 0],
    ])
    const rowCounts = async () =>
      (await getTranslation(db, { documentId, lang: 'ru' }))!.rows.map((row) => row.targets[0]!.openComments)
    expect(await rowCounts()).toEqual([1, 0, 1])

    const resolve = (id: unknown, resolved: boolean, token = people.ruTranslator.token) =>
      call(commentRoute.PATCH, { id }, { token, method: 'PATCH', body: { resolved } })
    expect((await resolve(onFirst.body.id, true, people.koTranslator.token)).status).toBe(403)
    const resolved = await resolve(reply.body.id, true)
    expect(resolved.status).toBe(200)
    expect(resolved.body).toMatchObject({
      id: onFirst.body.id,
      resolved: true,
      resolvedBy: { id: people.ruTranslator.id, name: 'Анна' },
    })
    expect(await openList()).toEqual([['Третий', 2, 0]])
    expect(await rowCounts()).toEqual([0, 0, 1])
    const all = await call(threadsRoute.GET, { id: documentId, lang: 'ru' }, { token: people.admin.token })
    expect((all.body.threads as unknown[]).length).toBe(2)

    const reopened = await resolve(onFirst.body.id, false)
    expect(reopened.body).toMatchObject({ resolved: false, resolvedAt: null, resolvedBy: null })
    expect((await openList()).map(([body]) => body)).toEqual(['Первый', 'Третий'])
    expect(onThird.status).toBe(201)

    const missing = await resolve('no-such-comment', true, people.admin.token)
    expect(missing.status).toBe(404)
    expect(missing.body.error).toMatchObject({ code: 'comment.notFound' })
  })

  test('the quality score counts the marks per language and translator over the reviewed words', async () => {
    const { documentId, segments } = await translatedDocument()
    const [first, second, third] = segments
    const review = (segment: typeof first, body: Record<string, unknown>) =>
      call(
        segmentRoute.PATCH,
        { id: segment!.id },
        { token: people.ruReviewer.token, method: 'PATCH', body: { ...body, version: segment!.version } },
      )
    expect((await review(first, { status: 'approved' })).status).toBe(200)
    expect(
      (await review(second, { status: 'approved', comment: 'Поправил запятую', category: 'style', severity: 'minor' }))
        .status,
    ).toBe(200)
    expect(
      (await review(third, { status: 'rejected', comment: 'Смысл искажён', category: 'accuracy', severity: 'major' }))
        .status,
    ).toBe(200)
    // A marked approval is a correction nobody has to act on: it is not an open thread.
    const open = await call(
      threadsRoute.GET,
      { id: documentId, lang: 'ru' },
      { token: people.admin.token, query: '?open=1' },
    )
    expect((open.body.threads as unknown[]).length).toBe(1)

    const { status, body } = await call(qualityRoute.GET, { id: documentId }, { token: people.koTranslator.token })
    expect(status).toBe(200)
    const figures = { words: 30, marks: { minor: 1, major: 1, critical: 0 }, penalty: 6, score: 80 }
    expect(body.languages).toEqual([
      { lang: 'ko', words: 0, marks: { minor: 0, major: 0, critical: 0 }, penalty: 0, score: null, translators: [] },
      {
        lang: 'ru',
        ...figures,
        translators: [{ translator: { id: people.ruTranslator.id, name: 'Анна' }, ...figures }],
      },
    ])
    expect((await call(qualityRoute.GET, { id: 'no-such-document' }, { token: people.admin.token })).status).toBe(404)
  })
})
