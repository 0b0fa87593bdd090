import { createDocument, listDocuments } from '@/lib/db/documents'
import { db } from '@/lib/db/db'
import { handle, json } from '@/lib/http/respond'
import { readArticleRequest } from '@/lib/http/read-article-request'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return handle(request, async () => json({ documents: await listDocuments(db) }))
}

export async function POST(request: Request) {
  return handle(request, async () => {
    const article = await readArticleRequest(request, { requireTitle: true })
    const { id } = await createDocument(db, {
      title: article.title,
      sourceLang: article.sourceLang,
      paragraphs: article.paragraphs,
      origin: article.fileName ? { fileName: article.fileName } : {},
    })
    return json({ id, paragraphCount: article.paragraphs.length }, 201)
  })
}
