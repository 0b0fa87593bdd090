import { db } from '@/lib/db/db'
import { listSentenceLinks } from '@/lib/db/sentence-links'
import { handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ linkId: string }> }) {
  return handle(request, async () => {
    const { linkId } = await params
    return json({ sentences: await listSentenceLinks(db, linkId) })
  })
}
