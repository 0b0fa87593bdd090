import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '../lib/db/client'
import { createDocument, findDocumentBySlug } from '../lib/db/documents'
import { saveSegment } from '../lib/server/segments/save-segment'
import { createTranslation, getTranslation } from '../lib/db/translations'
import { getSystemActor } from '../lib/db/users'
import { DEMO_TRANSLATIONS } from './seed/demo-translations'
import { parseDemoArticle } from './seed/parse-demo-article'

export const DEMO_SLUG = 'dprk-russia-friendship'

/** Loads the demo article and its partial translations once; running it again changes nothing (R6). */
export async function seedDemo(
  db: Db,
  articlePath = path.resolve('prisma/seed/article.txt'),
): Promise<{ id: string; created: boolean }> {
  const existing = await findDocumentBySlug(db, DEMO_SLUG)
  if (existing) return { id: existing, created: false }
  const article = parseDemoArticle(readFileSync(articlePath, 'utf8'))
  const { id } = await createDocument(db, {
    slug: DEMO_SLUG,
    title: article.title,
    sourceLang: 'en',
    paragraphs: article.paragraphs,
    origin: { date: article.date, copyright: article.copyright, sourceName: 'article.txt' },
  })
  const actor = await getSystemActor(db)
  for (const [lang, segments] of Object.entries(DEMO_TRANSLATIONS)) {
    await createTranslation(db, { documentId: id, lang })
    const view = await getTranslation(db, { documentId: id, lang })
    for (const segment of segments) {
      const target = view?.rows[segment.position]?.targets[0]
      if (!target) continue
      const draft = await saveSegment(
        db,
        { segmentId: target.id, version: target.version, content: segment.content },
        actor,
      )
      if (segment.status !== 'draft') {
        const translated = await saveSegment(
          db,
          { segmentId: draft.id, version: draft.version, status: 'translated' },
          actor,
        )
        if (segment.status === 'approved')
          await saveSegment(db, { segmentId: draft.id, version: translated.version, status: 'approved' }, actor)
      }
    }
  }
  return { id, created: true }
}
