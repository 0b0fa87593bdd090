import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createAuth, type Auth } from '@/lib/auth/auth'
import type { Db } from '@/lib/db/client'
import { testBackends } from '@/lib/db/test/test-databases'
import { readEnv } from '@/lib/env'
import { captureLogs } from '@/lib/test/captured-logs'
import en from '@/lib/i18n/locales/en.json'
import ko from '@/lib/i18n/locales/ko.json'
import ru from '@/lib/i18n/locales/ru.json'
import { authGet, authPost } from './auth-route'
import { useDbForRoutes } from './test/call-route'

const ORIGIN = 'http://localhost:3000'
const env = readEnv({ ...process.env, BETTER_AUTH_SECRET: 'a-test-secret-of-at-least-32-characters!' })
const cache = globalThis as unknown as { parallelAuth?: Auth }

type Failure = { code: string; message: string; error: { code: string; message: string } }

const post = (path: string, body: unknown, lang: string) =>
  authPost(
    new Request(`${ORIGIN}/api/auth/${path}`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(body),
    }),
  )

// better-auth's refusals answer `{ code, message }` in English; the app's clients read `error.message`.
describe('better-auth refusals in the caller’s language', () => {
  let db: Db
  beforeAll(async () => {
    db = await testBackends()[0]!.open()
    useDbForRoutes(db)
    cache.parallelAuth = createAuth(db, env)
    // A password account exists: sign-up is closed.
    await cache.parallelAuth.api.signUpEmail({
      body: { email: 'first@test.local', password: 'a long password', name: 'First' },
    })
  })
  // better-auth warns of each refusal ("User not found"): expected here.
  beforeEach(() => void captureLogs())
  afterAll(async () => {
    cache.parallelAuth = undefined
    await db.$disconnect()
  })

  test.each([
    ['ru', ru],
    ['ko', ko],
  ] as const)('a wrong password at sign-in keeps better-auth’s code and says so in %s', async (lang, locale) => {
    const response = await post('sign-in/email', { email: 'nobody@test.local', password: 'not the one' }, lang)
    expect(response.status).toBe(401)
    const body = (await response.json()) as Failure
    expect(body).toEqual({
      code: 'INVALID_EMAIL_OR_PASSWORD',
      message: locale.auth.errors.invalidCredentials,
      error: { code: 'auth.invalidCredentials', message: locale.auth.errors.invalidCredentials },
    })
  })

  test('a short password and a closed sign-up are said in the caller’s language', async () => {
    const short = await post('sign-up/email', { email: 'new@test.local', password: 'short', name: 'N' }, 'ru')
    expect(short.status).toBe(400)
    expect(await short.json()).toMatchObject({
      code: 'PASSWORD_TOO_SHORT',
      message: ru.auth.errors.passwordTooShort,
      error: { code: 'auth.passwordTooShort', message: ru.auth.errors.passwordTooShort },
    })
    const closed = await post(
      'sign-up/email',
      { email: 'new@test.local', password: 'a long password', name: 'N' },
      'ko',
    )
    expect(closed.status).toBe(403)
    expect(await closed.json()).toMatchObject({
      code: 'SIGN_UP_CLOSED',
      error: { code: 'auth.signUpClosed', message: ko.auth.errors.signUpClosed },
    })
  })

  test('a change of password without a session keeps its status, in English for an English caller', async () => {
    const response = await post('change-password', { currentPassword: 'a', newPassword: 'b long password' }, 'en')
    expect(response.status).toBe(401)
    const body = (await response.json()) as Failure
    expect(body.error.code).toMatch(/^auth\./)
    expect(body.message).toBe(body.error.message)
    expect(Object.values(en.auth.errors)).toContain(body.message)
  })

  test('a success passes through untouched', async () => {
    const response = await authGet(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { origin: ORIGIN } }))
    expect(response.status).toBe(200)
    expect(await response.json()).toBeNull()
  })
})
