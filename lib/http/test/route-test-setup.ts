import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, vi } from 'vitest'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { useDbForRoutes } from './call-route'

/**
 * For a file calling upload routes: its own imports folder (`dir`, PARALLEL_IMPORT_DIR), the first test
 * database for the routes (`db`) and a personal token (`token`) of a person with `role`. The fields are
 * set before the first test.
 */
export function routeTestSetup(name: string, role: Role): { dir: string; db: Db; token: string } {
  const dir = mkdtempSync(join(tmpdir(), `parallel-${name}-`))
  const setup = { dir, db: undefined as unknown as Db, token: '' }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  beforeEach(() => vi.stubEnv('PARALLEL_IMPORT_DIR', dir))
  beforeAll(async () => {
    setup.db = await testBackends()[0]!.open()
    useDbForRoutes(setup.db)
    setup.token = (await createApiToken(setup.db, (await createTestActor(setup.db, { role })).id, name)).token
  })
  afterAll(async () => setup.db.$disconnect())
  return setup
}
