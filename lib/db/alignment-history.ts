import type { DbOrTx } from './client'
import type { Author } from './revisions'

/** One alignment operation as the history lists it. */
export type AlignmentHistoryItem = {
  seq: number
  kind: string
  /** Taken back by undo (redo brings it back). */
  undone: boolean
  author: Author
  /** ISO time, the same in the page's props and in the API's JSON. */
  createdAt: string
}

/** The latest alignment operations of a translation, newest first, with who made them. */
export async function listAlignmentHistory(
  db: DbOrTx,
  { translationId, limit }: { translationId: string; limit: number },
): Promise<AlignmentHistoryItem[]> {
  const rows = await db.alignmentOperation.findMany({
    where: { translationId },
    orderBy: { seq: 'desc' },
    take: limit,
    select: {
      seq: true,
      kind: true,
      undone: true,
      createdAt: true,
      author: { select: { id: true, name: true, email: true } },
    },
  })
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }))
}
