import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAuth } from '@/lib/auth/auth'
import type { Db } from '@/lib/db/client'
import { testBackends } from '@/lib/db/test/test-databases'
import { findUserByEmail } from '@/lib/db/users'
import { readEnv } from '@/lib/env'
import { createUser } from './create-user'
import { isFirstRun } from './first-run'

const env = readEnv({
  ...process.env,
  BETTER_AUTH_SECRET: 'a-test-secret-of-at-least-32-characters!',
  PARALLEL_BASE_URL: 'http://localhost:3000',
})
const signUp = (db: Db, email: string) =>
  createAuth(db, env).api.signUpEmail({ body: { email, password: 'a long password', name: email } })

// The first sign-up depends on the whole database having no account, so it runs on a fresh PGlite
// copy (the PostgreSQL test database is shared by every test file running at once).
describe('the first sign-up', () => {
  let db: Db
  beforeAll(async () => {
    db = await testBackends()[0]!.open()
  })
  afterAll(async () => db.$disconnect())

  test('on an empty database makes the admin; the next sign-up is refused', async () => {
    expect(await isFirstRun(db)).toBe(true)
    await signUp(db, 'first@example.org')
    expect(await findUserByEmail(db, 'first@example.org')).toMatchObject({ role: 'admin', langs: [] })
    expect(await isFirstRun(db)).toBe(false)
    await expect(signUp(db, 'second@example.org')).rejects.toMatchObject({ body: { code: 'SIGN_UP_CLOSED' } })
    expect(await findUserByEmail(db, 'second@example.org')).toBeNull()
  })
})

describe.each(testBackends())('sign-up once accounts exist on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('an account made by an admin or the CLI closes sign-up', async () => {
    const suffix = Math.random().toString(36).slice(2)
    await createUser(db, { email: `made-${suffix}@example.org`, role: 'reviewer', password: 'a long password' })
    expect(await isFirstRun(db)).toBe(false)
    await expect(signUp(db, `late-${suffix}@example.org`)).rejects.toMatchObject({ statusCode: 403 })
    expect(await findUserByEmail(db, `late-${suffix}@example.org`)).toBeNull()
  })
})
