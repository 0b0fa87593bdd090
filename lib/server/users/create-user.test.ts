import { describe, expect, test } from 'vitest'
import { ZodError } from 'zod'
import type { Db } from '@/lib/db/client'
import { createUser } from './create-user'

// The length is checked before the database is touched.
const db = {} as Db
const person = { email: 'olga@example.org', role: 'translator' as const }

describe('createUser refuses a password of the wrong length with the answer the API gives', () => {
  test('shorter than 10 characters: user.passwordLength', async () => {
    await expect(createUser(db, { ...person, password: 'a'.repeat(9) })).rejects.toMatchObject({
      code: 'user.passwordLength',
      details: { min: 10 },
    })
  })

  test.each([257, 300])('%i characters: the too_big issue of `password`, as POST /api/users', async (length) => {
    const error: unknown = await createUser(db, { ...person, password: 'a'.repeat(length) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ZodError)
    expect((error as ZodError).issues).toMatchObject([
      { code: 'too_big', origin: 'string', maximum: 256, path: ['password'] },
    ])
  })
})
