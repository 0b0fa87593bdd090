import { afterAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { createApiToken } from '../auth/api-tokens'
import { createAuth } from '../auth/auth'
import { createDb, type Db } from '../db/client'
import { readEnv } from '../env'
import { testBackends } from '../db/test/test-databases'
import { createUser } from '../server/users/create-user'
import { health } from './health'
import { json } from './respond'
import { createRoute } from './route'
import { TranslationParams } from './route-params'

// Port 1 is closed: the database server is down.
const unreachable = createDb({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:1/parallel' })
afterAll(() => unreachable.$disconnect())
const env = readEnv({ ...process.env, BETTER_AUTH_SECRET: 'a-test-secret-of-at-least-32-characters!' })
const noAuth = () => {
  throw new Error('no sessions in this test')
}
const route = createRoute({ getDb: () => unreachable, getAuth: noAuth })
const noDb = createRoute({ getDb: () => ({}) as Db, getAuth: noAuth })

const call = (handler: ReturnType<typeof route>, params: unknown, init: RequestInit = {}, locale = 'en') =>
  handler(new Request('http://localhost/api/x', { ...init, headers: { 'accept-language': locale, ...init.headers } }), {
    params: Promise.resolve(params),
  })

describe('route', () => {
  const echo = noDb({ allow: 'public', params: TranslationParams }, async ({ params }) => json(params))

  test('gives every handler the language in its one canonical form', async () => {
    const response = await call(echo, { id: 'd1', lang: 'RU' })
    expect(await response.json()).toEqual({ id: 'd1', lang: 'ru' })
    expect(await (await call(echo, { id: 'd1', lang: 'pt_br' })).json()).toEqual({ id: 'd1', lang: 'pt-BR' })
  })

  test('refuses a language that is not a tag with 400 language.invalid naming it, in the caller’s language', async () => {
    const response = await call(echo, { id: 'd1', lang: 'x/../evil' }, {}, 'ru')
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: { code: string; message: string; lang: string } }
    expect(error).toMatchObject({ code: 'language.invalid', lang: 'x/../evil' })
    expect(error.message).toContain('x/../evil')
    expect(error.message).toMatch(/[а-яё]/i)
  })

  test('validates a JSON body against its schema', async () => {
    const handler = noDb({ allow: 'public', body: z.object({ version: z.number() }) }, async ({ body }) => json(body))
    const post = (body: string) => call(handler, {}, { method: 'POST', body })
    expect(await (await post('{"version":3}')).json()).toEqual({ version: 3 })
    expect((await post('{"version":"3"}')).status).toBe(400)
    expect((await post('not json')).status).toBe(400)
  })

  test('refuses text the database cannot store (NUL, lone surrogate) in the body, the path or the query with 400 validation.text', async () => {
    const handler = noDb({ allow: 'public', body: z.object({ text: z.string() }) }, async ({ body }) => json(body))
    const post = (body: string) => call(handler, {}, { method: 'POST', body })
    for (const bad of ['{"text":"Hel\\u0000lo"}', '{"text":"Hel\\ud800lo"}', '{"text":"ok","x":["\\udc00"]}']) {
      const response = await post(bad)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'validation.text' } })
    }
    expect(await (await post('{"text":"Hel\\ud83d\\ude00lo"}')).json()).toEqual({ text: 'Hel😀lo' })
    const inPath = await call(echo, { id: 'a\u0000b', lang: 'ru' })
    expect(inPath.status).toBe(400)
    expect(await inPath.json()).toMatchObject({ error: { code: 'validation.text', field: 'id' } })
    const inQuery = await echo(new Request('http://localhost/api/x?q=a%00b'), {
      params: Promise.resolve({ id: 'd1', lang: 'ru' }),
    })
    expect(inQuery.status).toBe(400)
    expect(await inQuery.json()).toMatchObject({ error: { code: 'validation.text', field: 'q' } })
  })

  test('health answers 503 server.unavailable with the reason when the database cannot be reached', async () => {
    const response = await call(route({ allow: 'public' }, health), {})
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({
      error: { code: 'server.unavailable', reason: 'DatabaseNotReachable' },
    })
  })

  test('any route answers 503 when who is asking cannot be read', async () => {
    const handler = route({ allow: 'documents.read' }, async ({ actor }) => json(actor))
    expect((await call(handler, {}, { headers: { authorization: 'Bearer prl_abcdef' } })).status).toBe(503)
  })

  test('a signed-in (cookie) request answers 503 too when the database is down, not 401', async () => {
    // A session signed with the same secret on a database that works, then presented while it is down.
    const working = await testBackends()[0]!.open()
    try {
      await createUser(working, { email: 'down@example.org', role: 'translator', password: 'a long password' })
      const signedIn = await createAuth(working, env).api.signInEmail({
        body: { email: 'down@example.org', password: 'a long password' },
        returnHeaders: true,
      })
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!
      const withSessions = createRoute({ getDb: () => unreachable, getAuth: () => createAuth(unreachable, env) })
      const handler = withSessions({ allow: 'documents.read' }, async ({ actor }) => json(actor))
      expect((await call(handler, {}, { headers: { cookie } })).status).toBe(503)
    } finally {
      await working.$disconnect()
    }
  })

  test('a JSON write by cookie must say it is JSON (a cross-site form can post text/plain); a token may leave the type out', async () => {
    const working = await testBackends()[0]!.open()
    try {
      const user = await createUser(working, {
        email: 'types@example.org',
        role: 'translator',
        password: 'a long password',
      })
      const signedIn = await createAuth(working, env).api.signInEmail({
        body: { email: 'types@example.org', password: 'a long password' },
        returnHeaders: true,
      })
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!
      const { token } = await createApiToken(working, user.id, 'types')
      const withSessions = createRoute({ getDb: () => working, getAuth: () => createAuth(working, env) })
      const handler = withSessions({ allow: 'signedIn', body: z.object({ text: z.string() }) }, async ({ body }) =>
        json(body),
      )
      const post = (headers: Record<string, string>) =>
        call(handler, {}, { method: 'POST', body: '{"text":"hi"}', headers }, 'ru')
      const plain = await post({ cookie, 'content-type': 'text/plain' })
      expect(plain.status).toBe(415)
      const { error } = (await plain.json()) as { error: { code: string; message: string } }
      expect(error.code).toBe('validation.contentType')
      expect(error.message).toMatch(/JSON/)
      expect(error.message).toMatch(/[а-яё]/i)
      expect((await post({ cookie })).status).toBe(415)
      expect((await post({ cookie, 'content-type': 'application/json; charset=utf-8' })).status).toBe(200)
      expect((await post({ cookie, 'content-type': 'application/merge-patch+json' })).status).toBe(200)
      expect((await post({ authorization: `Bearer ${token}`, 'content-type': 'text/plain' })).status).toBe(200)

      // A route reading its own body (JSON or a form with a file): a type a cross-site form sends is refused too.
      const ownBody = withSessions({ allow: 'signedIn' }, async ({ request }) => json({ text: await request.text() }))
      const send = (headers: Record<string, string>) =>
        call(ownBody, {}, { method: 'POST', body: '{"text":"hi"}', headers }, 'ru')
      for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded'])
        expect((await send({ cookie, 'content-type': type })).status).toBe(415)
      expect((await send({ cookie, 'content-type': 'application/json' })).status).toBe(200)
      expect((await send({ cookie, 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(200)
      expect((await send({ authorization: `Bearer ${token}`, 'content-type': 'text/plain' })).status).toBe(200)
    } finally {
      await working.$disconnect()
    }
  })

  test('an anonymous call is 401 auth.required before its params are read', async () => {
    const handler = noDb({ allow: 'documents.read', params: TranslationParams }, async () => json({}))
    const response = await call(handler, { id: 'd1', lang: 'x/../evil' })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { code: 'auth.required' } })
  })

  test('a malformed Authorization header is nobody, not a fall-back to the cookie', async () => {
    const handler = noDb({ allow: 'documents.read' }, async () => json({}))
    expect((await call(handler, {}, { headers: { authorization: 'Basic abc' } })).status).toBe(401)
  })
})
