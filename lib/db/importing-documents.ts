import type { DbOrTx } from './client'
import { yieldToEventLoop, type RawSql } from './raw-sql'

// Rows deleted a statement when a hidden document is taken away while others use the database.
const DELETE_CHUNK = 2000

const OF_IMPORTING = 'EXISTS (SELECT 1 FROM "Document" d WHERE d.id = $1 AND d.importing)'

// The big tables first, a chunk at a time, so no statement holds PGlite's one session for long; the
// document's row goes last, and the cascade then has little left to do.
const DELETE_PARTS = [
  `DELETE FROM "AlignmentLink" WHERE id IN (SELECT l.id FROM "AlignmentLink" l JOIN "Translation" t ON t.id = l."translationId" WHERE t."documentId" = $1 AND ${OF_IMPORTING} LIMIT ${DELETE_CHUNK})`,
  `DELETE FROM "TargetSegment" WHERE id IN (SELECT s.id FROM "TargetSegment" s JOIN "Translation" t ON t.id = s."translationId" WHERE t."documentId" = $1 AND ${OF_IMPORTING} LIMIT ${DELETE_CHUNK})`,
  `DELETE FROM "SourceParagraph" WHERE id IN (SELECT p.id FROM "SourceParagraph" p WHERE p."documentId" = $1 AND ${OF_IMPORTING} LIMIT ${DELETE_CHUNK})`,
]

/**
 * Deletes a document an import left hidden (`importing`, docs/decisions/022) after it failed, in
 * short statements. A document that is not hidden is never touched.
 */
export async function deleteImportingDocument(raw: RawSql, documentId: string): Promise<void> {
  for (const sql of DELETE_PARTS) {
    for (;;) {
      await yieldToEventLoop()
      const [deleted] = await raw.query<{ n: number }>(
        `WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`,
        [documentId],
      )
      if (!deleted || deleted.n === 0) break
    }
  }
  await raw.query('DELETE FROM "Document" WHERE id = $1 AND importing', [documentId])
}

/** Deletes every hidden document: run at start, when no import can still be writing one (PGlite). */
export async function deleteImportingDocuments(db: DbOrTx): Promise<number> {
  const { count } = await db.document.deleteMany({ where: { importing: true } })
  return count
}
