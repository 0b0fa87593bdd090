import { docToHtml } from '@/lib/richtext/doc-to-html'
import { handle, json } from '@/lib/http/respond'
import { readArticleRequest } from '@/lib/http/read-article-request'

/** Splits an article into paragraphs without saving anything, for the import preview. */
export async function POST(request: Request) {
  return handle(request, async () => {
    const article = await readArticleRequest(request, { requireTitle: false })
    return json({ title: article.title, paragraphs: article.paragraphs.map(docToHtml) })
  })
}
