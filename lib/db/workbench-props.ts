import type { RichDoc } from '../richtext/types'
import type { DocumentMeta } from './documents'
import type { TranslationView } from './translations'

/** Maps a document and one translation to the plain props of the side-by-side editor. */
export function toWorkbenchProps(document: DocumentMeta, translation: TranslationView) {
  const rows = translation.rows.map((row, index) => {
    const sourceDoc: RichDoc = { type: 'doc', content: row.sources.flatMap((s) => s.content.content) }
    return {
      linkId: row.linkId, number: index + 1, type: row.type, sourceIds: row.sourceIds, sourceDoc,
      targetIds: row.targets.map((s) => s.id),
    }
  })
  const segments = translation.rows.flatMap((row) =>
    row.targets.map(({ id, content, status, version, updatedBy }) => ({ id, content, status, version, updatedBy })),
  )
  return {
    documentId: document.id, title: document.title, sourceLang: document.sourceLang, lang: translation.lang,
    otherLangs: document.langs.filter((l) => l !== translation.lang), rows, segments,
  }
}
