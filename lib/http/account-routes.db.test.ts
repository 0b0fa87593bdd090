import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApiToken, userIdOfToken } from '../auth/api-tokens'
import type { Actor, Role } from '../auth/permissions'
import type { Db } from '../db/client'
import { createTestActor } from '../db/test/factories'
import { testBackends } from '../db/test/test-databases'
import { getSystemActor } from '../db/users'
import { accountRoutes } from './account-routes'
import { createRoute, type RouteHandler } from './route'

const noSessions = () => {
  throw new Error('these tests sign in with tokens')
}

/** The fields these tests read from the answers (each answer has some of them). */
type Body = {
  error: { code: string }
  id: string
  label: string
  role: string
  token: string
  password?: string
  user: Record<string, unknown> & { name: string }
  users: Array<Record<string, unknown>>
  tokens: Array<Record<string, unknown>>
}

type Call = { token?: string; params?: Record<string, string>; body?: unknown; method?: string }

async function call(handler: RouteHandler, { token, params = {}, body, method }: Call = {}) {
  const headers: Record<string, string> = { 'accept-language': 'en' }
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const request = new Request('http://localhost/api/x', {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handler(request, { params: Promise.resolve(params) })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Body }
}

/** A person and a token that acts as them. */
async function personWithToken(db: Db, role: Role, langs: string[] = []) {
  const actor = await createTestActor(db, { role, langs })
  const { token } = await createApiToken(db, actor.id, 'test')
  return { actor, token }
}

describe.each(testBackends())('account routes on $name', ({ open }) => {
  let db: Db
  let routes: ReturnType<typeof accountRoutes>
  let admin: { actor: Actor; token: string }
  let translator: { actor: Actor; token: string }
  let reviewer: { actor: Actor; token: string }

  beforeAll(async () => {
    db = await open()
    routes = accountRoutes(createRoute({ getDb: () => db, getAuth: noSessions }))
    admin = await personWithToken(db, 'admin')
    translator = await personWithToken(db, 'translator', ['ru'])
    reviewer = await personWithToken(db, 'reviewer', ['ko'])
  })
  afterAll(async () => db.$disconnect())

  describe('GET /api/me', () => {
    test('answers who the token belongs to, for every role', async () => {
      const { status, body } = await call(routes.me.GET, { token: translator.token })
      expect(status).toBe(200)
      const { id, name, email, role, langs } = translator.actor
      expect(body).toEqual({ id, name, email, role, langs })
    })

    test('is 401 auth.required without a token, and with a revoked one', async () => {
      expect((await call(routes.me.GET)).body.error.code).toBe('auth.required')
      const { token, info } = await createApiToken(db, reviewer.actor.id, 'short-lived')
      expect((await call(routes.me.GET, { token })).status).toBe(200)
      expect((await call(routes.token.DELETE, { token, params: { id: info.id }, method: 'DELETE' })).status).toBe(204)
      const after = await call(routes.me.GET, { token })
      expect(after.status).toBe(401)
      expect(after.body.error.code).toBe('auth.required')
    })
  })

  describe('personal API tokens', () => {
    test('a token made through the API is shown once, works, and is listed without its secret', async () => {
      const created = await call(routes.tokens.POST, { token: translator.token, body: { label: 'CI export' } })
      expect(created.status).toBe(201)
      expect(created.body).toMatchObject({ label: 'CI export', token: expect.stringMatching(/^prl_/) })
      expect(await userIdOfToken(db, created.body.token)).toBe(translator.actor.id)
      const list = await call(routes.tokens.GET, { token: created.body.token })
      expect(list.status).toBe(200)
      const mine = list.body.tokens.find((t) => t.id === created.body.id)
      expect(mine).toMatchObject({ label: 'CI export', prefix: created.body.token.slice(0, 10) })
      expect(JSON.stringify(list.body)).not.toContain(created.body.token)
      expect(Object.keys(mine!).sort()).toEqual(['createdAt', 'id', 'label', 'lastUsedAt', 'prefix'])
    })

    test('an empty label gets a default, a label that is not text is 400', async () => {
      expect((await call(routes.tokens.POST, { token: reviewer.token, body: {} })).body.label).toBe('API token')
      expect((await call(routes.tokens.POST, { token: reviewer.token, body: { label: 5 } })).status).toBe(400)
    })

    test("someone else's token cannot be revoked: 404 token.notFound, and it keeps working", async () => {
      const theirs = await createApiToken(db, reviewer.actor.id, 'theirs')
      const attempt = await call(routes.token.DELETE, {
        token: admin.token,
        params: { id: theirs.info.id },
        method: 'DELETE',
      })
      expect(attempt.status).toBe(404)
      expect(attempt.body.error.code).toBe('token.notFound')
      expect(await userIdOfToken(db, theirs.token)).toBe(reviewer.actor.id)
    })

    test('revoked tokens leave the list; revoking twice is 404', async () => {
      const { info } = await createApiToken(db, translator.actor.id, 'to revoke')
      const revoke = () =>
        call(routes.token.DELETE, { token: translator.token, params: { id: info.id }, method: 'DELETE' })
      expect((await revoke()).status).toBe(204)
      expect((await revoke()).status).toBe(404)
      const list = await call(routes.tokens.GET, { token: translator.token })
      expect(list.body.tokens.map((t) => t.id)).not.toContain(info.id)
    })

    test('anonymous calls are 401', async () => {
      expect((await call(routes.tokens.GET)).status).toBe(401)
      expect((await call(routes.tokens.POST, { body: { label: 'x' } })).status).toBe(401)
      expect((await call(routes.token.DELETE, { params: { id: 'x' }, method: 'DELETE' })).status).toBe(401)
    })
  })

  describe('/api/users', () => {
    const uniqueEmail = (name: string) => `${name}-${Math.random().toString(36).slice(2)}@example.org`

    test('only admins list, add, change and delete people: translator and reviewer 403, anonymous 401', async () => {
      const target = await createTestActor(db, { role: 'translator' })
      const calls: Array<[RouteHandler, Call]> = [
        [routes.users.GET, {}],
        [routes.users.POST, { body: { email: uniqueEmail('x'), role: 'translator' } }],
        [routes.user.PATCH, { params: { id: target.id }, body: { role: 'reviewer' }, method: 'PATCH' }],
        [routes.user.DELETE, { params: { id: target.id }, method: 'DELETE' }],
      ]
      for (const [handler, request] of calls) {
        expect((await call(handler, request)).status).toBe(401)
        for (const { token } of [translator, reviewer]) {
          const refused = await call(handler, { ...request, token })
          expect(refused.status).toBe(403)
          expect(refused.body.error.code).toBe('auth.forbidden')
        }
      }
      expect(
        (await call(routes.user.DELETE, { token: admin.token, params: { id: target.id }, method: 'DELETE' })).status,
      ).toBe(204)
    })

    test('the list has each person with role, languages and creation time, never the system author', async () => {
      const { body } = await call(routes.users.GET, { token: admin.token })
      const people = body.users
      expect(people.find((p) => p.id === translator.actor.id)).toMatchObject({
        email: translator.actor.email,
        role: 'translator',
        langs: ['ru'],
        createdAt: expect.any(String),
      })
      expect(people.some((p) => p.email === 'system@parallel.local')).toBe(false)
    })

    test('adding without a password answers a generated one, once; with one it is not echoed', async () => {
      const email = uniqueEmail('olga')
      const added = await call(routes.users.POST, {
        token: admin.token,
        body: { email: `  ${email.toUpperCase()} `, role: 'translator', langs: ['RU', 'ko'], name: 'Olga' },
      })
      expect(added.status).toBe(201)
      expect(added.body.user).toMatchObject({ email, name: 'Olga', role: 'translator', langs: ['ru', 'ko'] })
      expect(added.body.password).toMatch(/^[\w-]{24}$/)
      const chosen = await call(routes.users.POST, {
        token: admin.token,
        body: { email: uniqueEmail('ivan'), role: 'reviewer', password: 'a long password' },
      })
      expect(chosen.status).toBe(201)
      expect(chosen.body).not.toHaveProperty('password')
      expect(chosen.body.user.name).toMatch(/^ivan-/)
    })

    test.each([
      [{ email: 'not an email', role: 'translator' }, 400, 'user.emailInvalid'],
      [{ email: 'a@b.org', role: 'owner' }, 400, 'validation.invalid'],
      [{ email: 'a@b.org', role: 'translator', password: 'short' }, 400, 'user.passwordLength'],
      [{ email: 'a@b.org', role: 'translator', langs: ['not a language!'] }, 400, 'language.invalid'],
    ])('adding %j is %i %s', async (body, status, code) => {
      const refused = await call(routes.users.POST, { token: admin.token, body })
      expect(refused.status).toBe(status)
      expect(refused.body.error.code).toBe(code)
    })

    test('an email already taken is 409 user.exists', async () => {
      const refused = await call(routes.users.POST, {
        token: admin.token,
        body: { email: translator.actor.email, role: 'reviewer' },
      })
      expect(refused.status).toBe(409)
      expect(refused.body.error.code).toBe('user.exists')
    })

    test('an admin changes a role and languages; an unknown field or person is refused', async () => {
      const person = await createTestActor(db, { role: 'translator', langs: ['ru'] })
      const patch = (body: unknown, id = person.id) =>
        call(routes.user.PATCH, { token: admin.token, params: { id }, body, method: 'PATCH' })
      const changed = await patch({ role: 'reviewer', langs: ['ko', 'KO', 'ja'], name: ' Mina ' })
      expect(changed.status).toBe(200)
      expect(changed.body.user).toMatchObject({ id: person.id, role: 'reviewer', langs: ['ko', 'ja'], name: 'Mina' })
      const me = await call(routes.me.GET, { token: (await createApiToken(db, person.id, 't')).token })
      expect(me.body).toMatchObject({ role: 'reviewer', langs: ['ko', 'ja'] })
      expect((await patch({ email: 'x@y.org' })).status).toBe(400)
      expect((await patch({ name: '' })).status).toBe(400)
      expect((await patch({ role: 'admin' }, 'no-such-user')).body.error.code).toBe('user.notFound')
    })

    test('deleting oneself is 409 user.deleteSelf; deleting someone ends their tokens', async () => {
      const self = await call(routes.user.DELETE, {
        token: admin.token,
        params: { id: admin.actor.id },
        method: 'DELETE',
      })
      expect(self.status).toBe(409)
      expect(self.body.error.code).toBe('user.deleteSelf')
      const leaving = await personWithToken(db, 'reviewer')
      const deleted = await call(routes.user.DELETE, {
        token: admin.token,
        params: { id: leaving.actor.id },
        method: 'DELETE',
      })
      expect(deleted.status).toBe(204)
      expect((await call(routes.me.GET, { token: leaving.token })).status).toBe(401)
      const again = await call(routes.user.DELETE, {
        token: admin.token,
        params: { id: leaving.actor.id },
        method: 'DELETE',
      })
      expect(again.status).toBe(404)
    })
  })
})

// The last-admin rule counts every admin in the database, so it needs one nobody else writes to: a
// fresh PGlite copy (the PostgreSQL test database is shared by every test file running at once).
describe('the last admin', () => {
  const [pglite] = testBackends()
  let db: Db
  let routes: ReturnType<typeof accountRoutes>
  beforeAll(async () => {
    db = await pglite!.open()
    routes = accountRoutes(createRoute({ getDb: () => db, getAuth: noSessions }))
  })
  afterAll(async () => db.$disconnect())

  test('cannot stop being admin (409 user.lastAdmin) until someone else is one', async () => {
    const only = await personWithToken(db, 'admin')
    const demote = () =>
      call(routes.user.PATCH, {
        token: only.token,
        params: { id: only.actor.id },
        body: { role: 'translator' },
        method: 'PATCH',
      })
    const refused = await demote()
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('user.lastAdmin')
    expect((await call(routes.me.GET, { token: only.token })).body.role).toBe('admin')
    // The system author is an admin nobody can sign in as: it does not count.
    await getSystemActor(db)
    expect((await demote()).status).toBe(409)

    const other = await createTestActor(db, { role: 'translator' })
    const promote = await call(routes.user.PATCH, {
      token: only.token,
      params: { id: other.id },
      body: { role: 'admin' },
      method: 'PATCH',
    })
    expect(promote.status).toBe(200)
    expect((await demote()).status).toBe(200)
    // Now `other` is the last admin, and cannot be deleted by anybody (only admins may delete).
    const { token } = await createApiToken(db, other.id, 't')
    const selfDemote = await call(routes.user.PATCH, {
      token,
      params: { id: other.id },
      body: { role: 'reviewer' },
      method: 'PATCH',
    })
    expect(selfDemote.body.error.code).toBe('user.lastAdmin')
  })
})
