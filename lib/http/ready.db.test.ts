import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { createDb, type Db } from '../db/client'
import { migrationNames } from '../db/migrate'
import { newPglite } from '../db/new-pglite'
import { testBackends } from '../db/test/test-databases'
import { lifecycle } from '../lifecycle'
import { ready } from './ready'
import { createRoute } from './route'

type Answer = { ok?: boolean; error?: { code: string; message: string; pending?: string[]; reason?: string } }

const noAuth = () => {
  throw new Error('readiness needs no sign-in')
}

async function ask(db: Db, locale = 'en'): Promise<{ status: number; body: Answer }> {
  const handler = createRoute({ getDb: () => db, getAuth: noAuth })({ allow: 'public' }, ready)
  const response = await handler(
    new Request('http://localhost/api/ready', { headers: { 'accept-language': locale } }),
    {
      params: Promise.resolve({}),
    },
  )
  return { status: response.status, body: (await response.json()) as Answer }
}

afterEach(() => {
  lifecycle().draining = false
})

describe.each(testBackends())('readiness on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('a migrated database that answers is ready', async () => {
    expect(await ask(db)).toEqual({ status: 200, body: { ok: true } })
  })

  test('after SIGTERM (draining) the server is not ready, said in the caller’s language', async () => {
    lifecycle().drain()
    const { status, body } = await ask(db, 'ru')
    expect(status).toBe(503)
    expect(body.error?.code).toBe('server.shuttingDown')
    expect(body.error?.message).toMatch(/[а-яё]/i)
  })

  test('a migration of this build the database lacks makes it not ready, naming the migration', async () => {
    const last = migrationNames().at(-1)!
    const [row] = await db.$queryRaw<
      Array<{ id: string }>
    >`SELECT id FROM "_prisma_migrations" WHERE migration_name = ${last}`
    await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = ${row!.id}`
    try {
      const { status, body } = await ask(db)
      expect(status).toBe(503)
      expect(body.error).toMatchObject({ code: 'server.notMigrated', pending: [last] })
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = ${row!.id}`
    }
    expect((await ask(db)).status).toBe(200)
  })
})

describe('readiness without a migrated database', () => {
  test('an empty database lists every migration as pending', async () => {
    const empty = createDb({ kind: 'pglite', pglite: newPglite() })
    try {
      const { status, body } = await ask(empty)
      expect(status).toBe(503)
      expect(body.error).toMatchObject({ code: 'server.notMigrated', pending: migrationNames() })
    } finally {
      await empty.$disconnect()
    }
  })

  test('a database that cannot be reached answers 503 server.unavailable', async () => {
    // Port 1 is closed: the database server is down.
    const unreachable = createDb({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:1/parallel' })
    try {
      const { status, body } = await ask(unreachable)
      expect(status).toBe(503)
      expect(body.error?.code).toBe('server.unavailable')
    } finally {
      await unreachable.$disconnect()
    }
  })
})
