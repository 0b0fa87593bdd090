import { docToHtml } from '@/lib/richtext/doc-to-html'
import type { RichDoc } from '@/lib/richtext/types'
import type { DocumentMeta } from '@/lib/db/documents'
import type { TranslationView } from '@/lib/db/translations'

/** Maps a document and one translation to the plain props of the side-by-side editor, kept small for long documents. */
export function toWorkbenchProps(document: DocumentMeta, translation: TranslationView) {
  const rows = translation.rows.map((row, index) => {
    const sourceDoc: RichDoc = { type: 'doc', content: row.sources.flatMap((s) => s.content.content) }
    return {
      linkId: row.linkId,
      number: index + 1,
      type: row.type,
      sourceIds: row.sourceIds,
      sourceHtml: docToHtml(sourceDoc),
      sourceText: row.sources.map((s) => s.text).join('\n'),
      targetIds: row.targets.map((s) => s.id),
    }
  })
  const segments = translation.rows.flatMap((row) =>
    row.targets.map(({ id, content, status, version, updatedBy }) => ({
      id,
      status,
      version,
      updatedBy,
      ...(isBlank(content) ? {} : { content }),
    })),
  )
  // Only segments with open threads, to keep the page small on long documents.
  const openComments = Object.fromEntries(
    translation.rows.flatMap((row) => row.targets.filter((s) => s.openComments > 0).map((s) => [s.id, s.openComments])),
  )
  // Only pre-translated segments, at the version the pre-translation wrote (a later save is a person's).
  const pretranslated = Object.fromEntries(
    translation.rows.flatMap((row) =>
      row.targets.flatMap((s) =>
        s.pretranslation
          ? [[s.id, { kind: s.pretranslation.kind, originLabel: s.pretranslation.originLabel, version: s.version }]]
          : [],
      ),
    ),
  )
  return {
    documentId: document.id,
    title: document.title,
    sourceLang: document.sourceLang,
    lang: translation.lang,
    otherLangs: document.langs.filter((l) => l !== translation.lang),
    rows,
    segments,
    openComments,
    pretranslated,
  }
}

/** A single empty paragraph: what a new segment holds, left out of the page and restored by the browser. */
function isBlank(doc: RichDoc): boolean {
  return doc.content.length === 1 && doc.content[0]?.type === 'paragraph' && !doc.content[0].content?.length
}
