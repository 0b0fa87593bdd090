import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { testBackends } from '@/lib/db/test/test-databases'
import {
  allowSignInAttempt,
  forgetSignInAttempts,
  KNOWN_ADDRESS_MS,
  SIGN_IN_ATTEMPTS_PER_ACCOUNT,
  SIGN_IN_ATTEMPTS_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
} from './sign-in-limit'

describe.each(testBackends())('sign-in attempts per account on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  const email = () => `limit-${Math.random().toString(36).slice(2)}@example.test`
  const attempts = async (address: string, from: string, count: number, now: number) => {
    for (let k = 0; k < count; k++) expect(await allowSignInAttempt(db, address, from, now)).toEqual({ allowed: true })
  }

  test('the attempts over the limit from one address are refused until the window has passed, whatever the case of the email', async () => {
    const address = email()
    const now = Date.now()
    await attempts(address, '198.51.100.1', SIGN_IN_ATTEMPTS_PER_ADDRESS, now)
    expect(await allowSignInAttempt(db, address.toUpperCase(), '198.51.100.1', now + 60_000)).toEqual({
      allowed: false,
      retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 - 60,
    })
    expect(await allowSignInAttempt(db, address, '198.51.100.1', now + SIGN_IN_WINDOW_MS + 1)).toEqual({
      allowed: true,
    })
  })

  test('guesses from one address do not lock the person out at another', async () => {
    const address = email()
    const now = Date.now()
    await attempts(address, '203.0.113.66', SIGN_IN_ATTEMPTS_PER_ADDRESS, now)
    expect((await allowSignInAttempt(db, address, '203.0.113.66', now)).allowed).toBe(false)
    expect(await allowSignInAttempt(db, address, '198.51.100.1', now)).toEqual({ allowed: true })
  })

  test('guesses from many addresses are limited per account, except where the person signed in before', async () => {
    const address = email()
    const now = Date.now()
    await attempts(address, '198.51.100.1', 1, now)
    await forgetSignInAttempts(db, address, '198.51.100.1', now)
    // That attempt counted for the account too: one fewer from elsewhere reaches the limit.
    for (let k = 1; k < SIGN_IN_ATTEMPTS_PER_ACCOUNT; k++) await attempts(address, `203.0.113.${k % 250}-${k}`, 1, now)
    expect((await allowSignInAttempt(db, address, '192.0.2.1', now)).allowed).toBe(false)
    expect(await allowSignInAttempt(db, address, '198.51.100.1', now)).toEqual({ allowed: true })
    // An address is the person's own for a while, not for ever.
    const later = now + KNOWN_ADDRESS_MS + 1
    for (let k = 0; k < SIGN_IN_ATTEMPTS_PER_ACCOUNT; k++) await attempts(address, `192.0.2.${k % 250}-${k}`, 1, later)
    expect((await allowSignInAttempt(db, address, '198.51.100.1', later)).allowed).toBe(false)
  })

  test('a successful sign-in forgets the attempts from its address, so signing in from several tabs never locks a person out', async () => {
    const address = email()
    const now = Date.now()
    await attempts(address, '198.51.100.1', SIGN_IN_ATTEMPTS_PER_ADDRESS, now)
    await forgetSignInAttempts(db, address, '198.51.100.1', now)
    expect(await allowSignInAttempt(db, address, '198.51.100.1', now)).toEqual({ allowed: true })
  })
})
