import { docToHtml } from '@/lib/richtext/doc-to-html'
import { json } from '@/lib/http/respond'
import { readArticleRequest } from '@/lib/http/read-article-request'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

/** Splits an article into paragraphs without saving anything, for the import preview. */
export const POST = route({ allow: 'documents.create' }, async ({ request }) => {
  const article = await readArticleRequest(request, { requireTitle: false })
  return json({ title: article.title, paragraphs: article.paragraphs.map(docToHtml) })
})

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
