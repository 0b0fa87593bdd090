import { db } from '@/lib/db/db'
import { handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return handle(request, async () => {
    await db.$queryRaw`SELECT 1`
    return json({ ok: true })
  })
}
