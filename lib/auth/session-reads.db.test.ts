import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { overrideProperties } from '@/lib/db/client-proxy'
import { CLIENT } from '@/lib/db/raw-sql'
import { findSessionWithUser, SESSION_COLUMNS } from '@/lib/db/sessions'
import { testBackends } from '@/lib/db/test/test-databases'
import { readEnv } from '@/lib/env'
import { createUser } from '@/lib/server/users/create-user'
import { createAuth, usesSecureCookies } from './auth'
import { sessionByTokenQuery } from './session-reads'

const env = readEnv({
  ...process.env,
  BETTER_AUTH_SECRET: 'a-test-secret-of-at-least-32-characters!',
  PARALLEL_BASE_URL: 'http://localhost:3000',
})

/** The same client, except that Prisma refuses to read sessions: what still works did not ask Prisma. */
function withoutPrismaSessionReads(db: Db): Db {
  const refused = () => Promise.reject(new Error('Prisma was asked for the session'))
  return overrideProperties(db, (property) => {
    if (property === CLIENT) return (db as { [CLIENT]?: object })[CLIENT] ?? db
    if (property === 'session')
      return overrideProperties(db.session, (name) => (name === 'findFirst' ? refused : undefined))
    return undefined
  })
}

describe.each(testBackends())('the session read in SQL on $name', ({ open }) => {
  let db: Db
  let email: string
  let cookie: string
  let token: string
  beforeAll(async () => {
    db = await open()
    email = `session-${randomUUID()}@example.org`
    await createUser(db, {
      email,
      name: 'Ольга Сессия',
      role: 'reviewer',
      langs: ['ru', 'ko'],
      password: 'a long password',
    })
    const signedIn = await createAuth(db, env).api.signInEmail({
      body: { email, password: 'a long password' },
      returnHeaders: true,
    })
    cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!
    token = signedIn.response.token
  })
  afterAll(async () => db.$disconnect())

  test('the session cookie is Secure only when the public address is https, so plain http on a LAN address signs in', async () => {
    const cookieWith = async (base: string | undefined) => {
      const withBase = readEnv({ ...process.env, BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET, PARALLEL_BASE_URL: base })
      const signedIn = await createAuth(db, withBase).api.signInEmail({
        body: { email, password: 'a long password' },
        returnHeaders: true,
      })
      return signedIn.headers.get('set-cookie')!
    }
    expect(await cookieWith('https://parallel.example.org')).toMatch(/^__Secure-better-auth\.session_token=.*; Secure/)
    for (const base of ['http://192.0.2.2:3000', undefined]) {
      const plain = await cookieWith(base)
      expect(plain).toMatch(/^better-auth\.session_token=/)
      expect(plain).not.toMatch(/Secure/i)
    }
    expect(usesSecureCookies({})).toBe(false)
    expect(usesSecureCookies({ PARALLEL_BASE_URL: 'https://a.example' })).toBe(true)
  })

  const getSession = (client: Db) => createAuth(client, env).api.getSession({ headers: new Headers({ cookie }) })

  test('answers what Prisma answers for the same session and person, dates and languages included', async () => {
    const select = { ...Object.fromEntries(SESSION_COLUMNS.map((name) => [name, true])), user: true } as const
    const prisma = await db.session.findFirst({ where: { token }, select })
    const sql = await findSessionWithUser(db, token, SESSION_COLUMNS)
    expect(prisma).not.toBeNull()
    expect(sql).toEqual(prisma)
    expect(sql!.expiresAt).toBeInstanceOf(Date)
    expect(sql!.user).toMatchObject({ email, role: 'reviewer', langs: ['ru', 'ko'] })
    expect(await findSessionWithUser(db, 'no-such-token', SESSION_COLUMNS)).toBeNull()
  })

  test('better-auth reads the session of a signed-in request without asking Prisma', async () => {
    const session = await getSession(withoutPrismaSessionReads(db))
    expect(session?.user).toMatchObject({ email, name: 'Ольга Сессия', role: 'reviewer', langs: ['ru', 'ko'] })
    expect(session?.session.token).toBe(token)
  })

  test('a signed-out (deleted) or expired session is nobody, as before', async () => {
    const second = await createAuth(db, env).api.signInEmail({
      body: { email, password: 'a long password' },
      returnHeaders: true,
    })
    const secondCookie = second.headers.get('set-cookie')!.split(';')[0]!
    const read = () => createAuth(db, env).api.getSession({ headers: new Headers({ cookie: secondCookie }) })
    expect((await read())?.user.email).toBe(email)
    await db.session.update({
      where: { token: second.response.token },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    expect(await read()).toBeNull()
    await db.session.deleteMany({ where: { token } })
    expect(await getSession(db)).toBeNull()
  })
})

describe('which queries the session read takes over', () => {
  const select = { id: true, token: true, expiresAt: true, userId: true, user: true }
  test.each([
    ['token equals', { where: { token: { equals: 't' } }, select }],
    ['token', { where: { token: 't' }, select }],
    ['one AND', { where: { AND: [{ token: { equals: 't' } }] }, select }],
  ])('%s', (_name, args) => {
    expect(sessionByTokenQuery(args)).toEqual({ token: 't', columns: ['id', 'token', 'expiresAt', 'userId'] })
  })
  test.each([
    ['another field', { where: { userId: { equals: 't' } }, select }],
    ['a second condition', { where: { token: { equals: 't' }, userId: 'u' }, select }],
    ['insensitive', { where: { token: { equals: 't', mode: 'insensitive' } }, select }],
    ['without the person', { where: { token: 't' }, select: { id: true, token: true } }],
    ['an unknown column', { where: { token: 't' }, select: { ...select, secret: true } }],
    ['a nested select', { where: { token: 't' }, select: { ...select, user: { select: { id: true } } } }],
    ['an order', { where: { token: 't' }, select, orderBy: { id: 'asc' } }],
    ['no select', { where: { token: 't' } }],
  ])('not %s', (_name, args) => {
    expect(sessionByTokenQuery(args)).toBeUndefined()
  })
})
