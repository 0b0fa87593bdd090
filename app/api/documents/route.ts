import { listDocuments } from '@/lib/db/documents'
import { readArticleRequest } from '@/lib/http/read-article-request'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { importArticle } from '@/lib/server/articles/import-article'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route({ allow: 'documents.read' }, async ({ db }) => json({ documents: await listDocuments(db) }))

export const POST = route({ allow: 'documents.create' }, async ({ request, db }) => {
  const article = await readArticleRequest(request, { requireTitle: true })
  return json(await importArticle(db, article), 201)
})

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
