import type { Db } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import type { ArticleRequest } from '@/lib/http/read-article-request'

/**
 * Imports an article (pasted text or a .txt, .md, .html or .docx file, already split into paragraphs
 * by `readArticleRequest`) as a new document. Not to be confused with `importTranslationText` (a
 * translation's text, aligned to a document) or `importExchangeFile` (TMX, XLIFF or project JSON).
 */
export async function importArticle(db: Db, article: ArticleRequest): Promise<{ id: string; paragraphCount: number }> {
  const { id } = await createDocument(db, {
    title: article.title,
    sourceLang: article.sourceLang,
    paragraphs: article.paragraphs,
    origin: article.fileName ? { fileName: article.fileName } : {},
  })
  return { id, paragraphCount: article.paragraphs.length }
}
