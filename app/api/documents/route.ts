import { listDocuments } from '@/lib/db/documents'
import { db } from '@/lib/db/db'
import { handle, json } from '@/lib/http/respond'
import { readArticleRequest } from '@/lib/http/read-article-request'
import { importArticle } from '@/lib/server/articles/import-article'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return handle(request, async () => json({ documents: await listDocuments(db) }))
}

export async function POST(request: Request) {
  return handle(request, async () => {
    const article = await readArticleRequest(request, { requireTitle: true })
    return json(await importArticle(db, article), 201)
  })
}
