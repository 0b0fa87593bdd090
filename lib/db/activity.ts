import type { SegmentStatus } from '../workbench/segment-states'
import type { PersonRef } from './assignments'
import type { DbOrTx } from './client'

type Base = { at: Date; author: PersonRef | null; lang: string }
/** One change in a document: a segment saved, a comment written, an alignment operation. */
export type ActivityItem =
  | (Base & { kind: 'revision'; segment: { id: string; position: number }; status: SegmentStatus; version: number })
  | (Base & { kind: 'comment'; segment: { id: string; position: number } })
  | (Base & { kind: 'alignment'; operation: string })

const PERSON = { select: { id: true, name: true, email: true } } as const
const SEGMENT = { select: { id: true, position: true, translation: { select: { lang: true } } } } as const

/**
 * The latest changes in a document, newest first, at most `limit`: each kind is read newest first and
 * bounded by `limit`, so the merge reads at most three times `limit` rows however long the history.
 */
export async function listActivity(db: DbOrTx, documentId: string, limit: number): Promise<ActivityItem[]> {
  const ofDocument = { translation: { documentId } }
  const [revisions, comments, operations] = await Promise.all([
    db.revision.findMany({
      where: { segment: ofDocument },
      orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
      take: limit,
      select: { createdAt: true, status: true, version: true, author: PERSON, segment: SEGMENT },
    }),
    db.comment.findMany({
      where: { segment: ofDocument },
      orderBy: { createdAt: 'desc' },
      take: limit,
      select: { createdAt: true, author: PERSON, segment: SEGMENT },
    }),
    db.alignmentOperation.findMany({
      where: { ...ofDocument, undone: false },
      orderBy: [{ createdAt: 'desc' }, { seq: 'desc' }],
      take: limit,
      select: { createdAt: true, kind: true, author: PERSON, translation: { select: { lang: true } } },
    }),
  ])
  const segmentOf = (s: { id: string; position: number }) => ({ id: s.id, position: s.position })
  const items: ActivityItem[] = [
    ...comments.map((c) => ({
      kind: 'comment' as const,
      at: c.createdAt,
      author: c.author,
      lang: c.segment.translation.lang,
      segment: segmentOf(c.segment),
    })),
    ...revisions.map((r) => ({
      kind: 'revision' as const,
      at: r.createdAt,
      author: r.author,
      lang: r.segment.translation.lang,
      segment: segmentOf(r.segment),
      status: r.status as SegmentStatus,
      version: r.version,
    })),
    ...operations.map((o) => ({
      kind: 'alignment' as const,
      at: o.createdAt,
      author: o.author,
      lang: o.translation.lang,
      operation: o.kind,
    })),
  ]
  // A stable sort keeps each kind's own order (versions, sequence numbers) for changes made in the same millisecond,
  // and shows a comment before a revision of that millisecond: a decision's reason is written after its revision.
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit)
}
