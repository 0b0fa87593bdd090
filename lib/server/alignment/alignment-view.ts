import { listAlignmentHistory, type AlignmentHistoryItem } from '@/lib/db/alignment-history'
import type { DbOrTx } from '@/lib/db/client'
import { getDocumentMeta } from '@/lib/db/documents'
import { getTranslation } from '@/lib/db/translations'

export type AlignmentRow = {
  linkId: string
  type: string
  confidence: number | null
  confirmed: boolean
  origin: string
  sources: Array<{ id: string; html: string }>
  targets: Array<{ id: string; html: string; text: string }>
}
export type AlignmentView = {
  documentId: string
  title: string
  sourceLang: string
  lang: string
  version: number
  canUndo: boolean
  canRedo: boolean
  rows: AlignmentRow[]
  /** The latest operations, newest first, with who made them (at most `HISTORY_LIMIT`). */
  history: AlignmentHistoryItem[]
}

/** How many recent operations the view lists. */
export const HISTORY_LIMIT = 50

/** Everything the alignment view shows: the links as rows with their texts, whether undo and redo are possible, and who did what. */
export async function getAlignmentView(
  db: DbOrTx,
  { documentId, lang }: { documentId: string; lang: string },
): Promise<AlignmentView | null> {
  const [document, translation] = await Promise.all([
    getDocumentMeta(db, documentId),
    getTranslation(db, { documentId, lang }),
  ])
  if (!document || !translation) return null
  const [undoable, redoable, history] = await Promise.all([
    db.alignmentOperation.count({ where: { translationId: translation.id, undone: false } }),
    db.alignmentOperation.count({ where: { translationId: translation.id, undone: true } }),
    listAlignmentHistory(db, { translationId: translation.id, limit: HISTORY_LIMIT }),
  ])
  return {
    documentId,
    title: document.title,
    sourceLang: document.sourceLang,
    lang: translation.lang,
    version: translation.version,
    canUndo: undoable > 0,
    canRedo: redoable > 0,
    rows: translation.rows.map((row) => ({
      linkId: row.linkId,
      type: row.type,
      confidence: row.confidence,
      confirmed: row.confirmed,
      origin: row.origin,
      sources: row.sources.map((s) => ({ id: s.id, html: s.html })),
      targets: row.targets.map((s) => ({ id: s.id, html: s.html, text: s.text })),
    })),
    history,
  }
}
