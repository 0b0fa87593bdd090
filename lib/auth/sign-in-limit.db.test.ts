import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { testBackends } from '@/lib/db/test/test-databases'
import {
  allowSignInAttempt,
  forgetSignInAttempts,
  SIGN_IN_ATTEMPTS_PER_ACCOUNT,
  SIGN_IN_WINDOW_MS,
} from './sign-in-limit'

describe.each(testBackends())('sign-in attempts per account on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  const email = () => `limit-${Math.random().toString(36).slice(2)}@example.test`

  test('the attempts over the limit are refused until the window has passed, whatever the case of the address', async () => {
    const address = email()
    const now = Date.now()
    for (let k = 0; k < SIGN_IN_ATTEMPTS_PER_ACCOUNT; k++) expect(await allowSignInAttempt(db, address, now)).toBe(true)
    expect(await allowSignInAttempt(db, address.toUpperCase(), now)).toBe(false)
    expect(await allowSignInAttempt(db, address, now + SIGN_IN_WINDOW_MS + 1)).toBe(true)
  })

  test('a successful sign-in forgets the attempts, so signing in from several tabs never locks a person out', async () => {
    const address = email()
    const now = Date.now()
    for (let k = 0; k < SIGN_IN_ATTEMPTS_PER_ACCOUNT; k++) expect(await allowSignInAttempt(db, address, now)).toBe(true)
    await forgetSignInAttempts(db, address)
    expect(await allowSignInAttempt(db, address, now)).toBe(true)
  })
})
