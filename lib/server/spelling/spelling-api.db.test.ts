import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Db } from '@/lib/db/client'
import { createTestActor } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'

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

const checkRoute = await import('@/app/api/spelling/check/route')
const dictionaryRoute = await import('@/app/api/spelling/dictionary/[lang]/route')

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>

async function call(
  handler: Handler,
  params: unknown,
  token: string,
  init: { method?: string; body?: unknown; query?: string } = {},
) {
  const request = new Request(`http://localhost/api/x${init.query ?? ''}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const response = await handler(request, { params: Promise.resolve(params) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

// A private-use tag of its own per run: the project dictionary is shared by every test of a database.
const lang = `en-x-a${Math.random().toString(36).slice(2, 8)}`

describe.each(testBackends())('the spelling API on $name', ({ open }) => {
  let db: Db
  let token = ''
  beforeAll(async () => {
    db = await open()
    shared.db = db
    const actor = await createTestActor(db, { role: 'translator', langs: [], name: 'Speller' })
    token = (await createApiToken(db, actor.id, 'test')).token
  })
  afterAll(async () => db.$disconnect())

  test('check, add a word, check again, list, delete', async () => {
    const text = 'Zorblat works.'
    const before = await call(checkRoute.POST, {}, token, { body: { lang, text } })
    expect(before.status).toBe(200)
    expect(before.body).toMatchObject({ dictionary: true, misspellings: [{ word: 'Zorblat', start: 0, end: 7 }] })

    const added = await call(dictionaryRoute.POST, { lang }, token, { body: { word: ' Zorblat ' } })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ word: 'Zorblat', addedBy: { name: 'Speller' } })
    const after = await call(checkRoute.POST, {}, token, { body: { lang, text } })
    expect(after.body).toEqual({ dictionary: true, misspellings: [] })

    const listed = await call(dictionaryRoute.GET, { lang }, token)
    expect(listed.body).toMatchObject({ dictionary: true, words: [{ word: 'Zorblat' }] })

    const deleted = await call(dictionaryRoute.DELETE, { lang }, token, { method: 'DELETE', query: '?word=Zorblat' })
    expect(deleted.body).toEqual({ deleted: true })
    const again = await call(checkRoute.POST, {}, token, { body: { lang, text } })
    expect((again.body.misspellings as unknown[]).length).toBe(1)
  })

  test("a word made of one of the language's prefixes and a known word is not reported", async () => {
    const checked = await call(checkRoute.POST, {}, token, { body: { lang, text: 'An antiglobalist antiwrod.' } })
    expect(checked.body).toMatchObject({ dictionary: true, misspellings: [{ word: 'antiwrod' }] })
    expect(checked.body.misspellings).toHaveLength(1)
  })

  test('more than one word is refused with spelling.invalidWord', async () => {
    const refused = await call(dictionaryRoute.POST, { lang }, token, { body: { word: 'two words' } })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'spelling.invalidWord' })
  })

  test('a language without a dictionary answers dictionary: false', async () => {
    const answer = await call(checkRoute.POST, {}, token, { body: { lang: 'fi', text: 'Hyvää päivää' } })
    expect(answer.body).toEqual({ dictionary: false, misspellings: [] })
  })
})
