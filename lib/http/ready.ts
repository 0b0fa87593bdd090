import type { Db } from '../db/client'
import { listPendingMigrations } from '../db/migrate'
import { AppError } from '../errors'
import { isDraining } from '../lifecycle'
import { json } from './respond'

/**
 * `GET /api/ready`, for a load balancer choosing where to send traffic: 200 `{ ok: true }` when this
 * server is not shutting down (503 `server.shuttingDown` after SIGTERM), its database answers (503
 * `server.unavailable`) and has every migration of this build applied (503 `server.notMigrated` with
 * `pending`). `/api/health` only says the process and its database are alive.
 */
export async function ready({ db }: { db: Db }): Promise<Response> {
  if (isDraining()) throw new AppError('server.shuttingDown')
  const pending = await listPendingMigrations({
    query: async <T>(sql: string) => ({ rows: await db.$queryRawUnsafe<T[]>(sql) }),
  })
  if (pending.length > 0) throw new AppError('server.notMigrated', { pending })
  return json({ ok: true })
}
