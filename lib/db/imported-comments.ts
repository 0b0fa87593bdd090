import type { PlannedComment } from '../exchange/import-plan'
import { batchesOf, newId } from './bulk-insert'
import type { DbOrTx } from './client'

// 500 rows a statement as one JSON text, as every bulk write (lib/db/bulk-insert.ts): a file with a note
// on every unit made one `createMany` of all of them, which Prisma turned into tens of thousands of
// parameters inside the import's transaction (on PGlite, while everyone's saves waited).

/**
 * Stores notes read from an imported file (TMX/XLIFF notes, project JSON comments) as comments on
 * their segments, with the author the file names (and its date, else now); returns how many were written.
 */
export async function insertImportedComments(
  tx: DbOrTx,
  rows: Array<{ segmentId: string; comments: readonly PlannedComment[] }>,
): Promise<number> {
  const now = new Date().toISOString()
  const data = rows.flatMap(({ segmentId, comments }) =>
    comments.map((c) => ({
      id: newId(),
      s: segmentId,
      b: c.text,
      a: c.author || null,
      at: c.createdAt ? c.createdAt.toISOString() : now,
    })),
  )
  for (const batch of batchesOf(data))
    await tx.$executeRawUnsafe(
      'INSERT INTO "Comment" (id, "segmentId", body, "authorName", version, "createdAt", "updatedAt") ' +
        'SELECT u.id, u.s, u.b, u.a, 1, u.at, $2::timestamp FROM json_to_recordset($1::json) AS u(id text, s text, b text, a text, at timestamp)',
      JSON.stringify(batch),
      now,
    )
  return data.length
}
