import type { RouteContext } from './route'
import { json } from './respond'

/** `GET /api/health`: 200 `{ ok: true }` when the database answers; else the route maps the failure to 503 with its reason. */
export async function health({ db }: Pick<RouteContext<unknown, unknown>, 'db'>): Promise<Response> {
  await db.$queryRaw`SELECT 1`
  return json({ ok: true })
}
