import { createDocument, listDocuments } from '@/lib/db/documents'
import { json } from '@/lib/http/respond'
import { readArticleRequest } from '@/lib/http/read-article-request'
import { route } from '@/lib/http/route'

export const dynamic = 'force-dynamic'

export const GET = route({}, async ({ db }) => json({ documents: await listDocuments(db) }))

export const POST = route({}, async ({ request, db }) => {
  const article = await readArticleRequest(request, { requireTitle: true })
  const { id } = await createDocument(db, {
    title: article.title,
    sourceLang: article.sourceLang,
    paragraphs: article.paragraphs,
    origin: article.fileName ? { fileName: article.fileName } : {},
  })
  return json({ id, paragraphCount: article.paragraphs.length }, 201)
})
