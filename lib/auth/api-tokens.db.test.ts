import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { testBackends } from '@/lib/db/test/test-databases'
import { createUser } from '@/lib/server/users/create-user'
import { createApiToken, hashToken, ownerOfToken, revokeApiToken } from './api-tokens'

describe.each(testBackends())('personal API tokens on $name', ({ open }) => {
  let db: Db
  let person: { id: string; email: string }
  beforeAll(async () => {
    db = await open()
    person = await createUser(db, {
      email: `token-${randomUUID()}@example.org`,
      name: 'Тимур Токен',
      role: 'reviewer',
      langs: ['ru', 'ko'],
      password: 'a long password',
    })
  })
  afterAll(async () => db.$disconnect())

  const lastUsed = async (token: string) =>
    (await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).lastUsedAt

  test('a live token answers its owner with role and languages; unknown and malformed ones answer nobody', async () => {
    const { token } = await createApiToken(db, person.id, 'script')
    expect(await ownerOfToken(db, token)).toEqual({
      id: person.id,
      name: 'Тимур Токен',
      email: person.email,
      role: 'reviewer',
      langs: ['ru', 'ko'],
    })
    expect(await ownerOfToken(db, `${token.slice(0, -1)}x`)).toBeNull()
    expect(await ownerOfToken(db, 'not-a-token')).toBeNull()
  })

  test('a revoked token answers nobody', async () => {
    const { token, info } = await createApiToken(db, person.id, 'old')
    await revokeApiToken(db, person.id, info.id)
    expect(await ownerOfToken(db, token)).toBeNull()
  })

  test('use is noted at most once a minute', async () => {
    const { token } = await createApiToken(db, person.id, 'counted')
    expect(await lastUsed(token)).toBeNull()
    await ownerOfToken(db, token)
    const first = await lastUsed(token)
    expect(Math.abs(first!.getTime() - Date.now())).toBeLessThan(60_000)
    await ownerOfToken(db, token)
    expect(await lastUsed(token)).toEqual(first)
    const longAgo = new Date(Date.now() - 10 * 60_000)
    await db.apiToken.update({ where: { tokenHash: hashToken(token) }, data: { lastUsedAt: longAgo } })
    await ownerOfToken(db, token)
    expect((await lastUsed(token))!.getTime()).toBeGreaterThan(longAgo.getTime() + 5 * 60_000)
  })
})
