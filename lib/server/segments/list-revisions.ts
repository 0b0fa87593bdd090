import type { Db } from '@/lib/db/client'
import { docToHtml } from '@/lib/richtext/doc-to-html'
import { getSegment } from '@/lib/db/segments'
import { listRevisions, type Author } from '@/lib/db/revisions'
import { AppError } from '@/lib/errors'
import { wordDiff, type DiffPart } from '@/lib/text/word-diff'
import type { SegmentStatus } from '@/lib/workbench/segment-states'

/** The most revisions one answer lists (the newest); a segment edited more often says `truncated`. */
export const REVISIONS_LIMIT = 200

export type RevisionView = {
  version: number
  status: SegmentStatus
  text: string
  html: string
  author: Author
  createdAt: Date
  /** Word diff from the previous revision's text (from empty text for the first one). */
  diff: DiffPart[]
}

/** A segment's history: its latest revisions, newest first, each with its author and what it changed. */
export async function listSegmentRevisions(
  db: Db,
  segmentId: string,
  limit = REVISIONS_LIMIT,
): Promise<{ revisions: RevisionView[]; truncated: boolean }> {
  const [segment, { revisions, before }] = await Promise.all([
    getSegment(db, segmentId),
    listRevisions(db, { segmentId, limit }),
  ])
  if (!segment) throw new AppError('segment.notFound')
  return {
    revisions: revisions.map(({ content, ...revision }, k) => {
      const previous = revisions[k + 1] ?? before
      return { ...revision, html: docToHtml(content), diff: wordDiff(previous?.text ?? '', revision.text) }
    }),
    truncated: before !== null,
  }
}
