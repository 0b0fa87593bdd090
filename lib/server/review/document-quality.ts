import type { Db } from '@/lib/db/client'
import { listEvaluatedSegments } from '@/lib/db/comments'
import { AppError } from '@/lib/errors'
import { summarizeQuality, type LanguageQuality } from '@/lib/review/quality-report'

/** The quality score of each language of a document and of each translator in it, from the reviewers' marks. */
export async function getDocumentQuality(db: Db, documentId: string): Promise<{ languages: LanguageQuality[] }> {
  const document = await db.document.findUnique({
    where: { id: documentId, importing: false },
    select: { translations: { select: { lang: true }, orderBy: { lang: 'asc' } } },
  })
  if (!document) throw new AppError('document.notFound')
  const segments = await listEvaluatedSegments(db, documentId)
  return {
    languages: summarizeQuality(
      document.translations.map((t) => t.lang),
      segments,
    ),
  }
}
