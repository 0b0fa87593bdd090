import type { PlannedComment } from '../exchange/import-plan'
import type { DbOrTx } from './client'

/**
 * Stores notes read from an imported file (TMX/XLIFF notes, project JSON comments) as comments on
 * their segments, with the author the file names; returns how many were written.
 */
export async function insertImportedComments(
  tx: DbOrTx,
  rows: Array<{ segmentId: string; comments: readonly PlannedComment[] }>,
): Promise<number> {
  const data = rows.flatMap(({ segmentId, comments }) =>
    comments.map((c) => ({
      segmentId,
      body: c.text,
      authorName: c.author || null,
      version: 1,
      ...(c.createdAt ? { createdAt: c.createdAt } : {}),
    })),
  )
  if (data.length > 0) await tx.comment.createMany({ data })
  return data.length
}
