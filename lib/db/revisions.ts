import type { Prisma } from '@prisma/client'
import type { RichDoc } from '../richtext/types'
import type { SegmentStatus } from '../workbench/segment-states'
import type { DbOrTx } from './client'
import { asDoc } from './rich-json'

/** Who wrote a revision or an operation, as the history shows them (null: the account was deleted). */
export type Author = { id: string; name: string; email: string } | null

export type RevisionRow = {
  version: number
  status: SegmentStatus
  text: string
  content: RichDoc
  author: Author
  createdAt: Date
}

/**
 * A segment's latest revisions, newest first: at most `limit`. One more row is read (without its
 * content) when it exists, so the oldest shown revision can still be compared with the one before it.
 */
export async function listRevisions(
  db: DbOrTx,
  { segmentId, limit }: { segmentId: string; limit: number },
): Promise<{ revisions: RevisionRow[]; before: { text: string } | null }> {
  const [rows, before] = await Promise.all([
    db.revision.findMany({
      where: { segmentId },
      orderBy: [{ version: 'desc' }, { createdAt: 'desc' }],
      take: limit,
      select: {
        version: true,
        status: true,
        text: true,
        content: true,
        createdAt: true,
        author: { select: { id: true, name: true, email: true } },
      },
    }),
    db.revision.findFirst({
      where: { segmentId },
      orderBy: [{ version: 'desc' }, { createdAt: 'desc' }],
      skip: limit,
      select: { text: true },
    }),
  ])
  return {
    revisions: rows.map((row) => ({
      ...row,
      status: row.status as SegmentStatus,
      content: asDoc(row.content as Prisma.JsonValue),
    })),
    before,
  }
}

/** The content of one revision of a segment, or null when the segment has no such version. */
export async function getRevisionContent(
  db: DbOrTx,
  { segmentId, version }: { segmentId: string; version: number },
): Promise<RichDoc | null> {
  const row = await db.revision.findFirst({
    where: { segmentId, version },
    orderBy: { createdAt: 'desc' },
    select: { content: true },
  })
  return row ? asDoc(row.content as Prisma.JsonValue) : null
}

/** A segment of a translation with the revision a reviewer compares it with. */
export type ChangeBase = {
  segmentId: string
  text: string
  baseVersion: number
  baseText: string
  baseKind: 'approved' | 'first'
}

/**
 * For every segment of a translation that has one, in text order, the revision a reviewer compares
 * it with: its latest approved revision, or when it was never approved, its first revision with text
 * (the translator's first version). One statement: each segment looks its base up through the
 * (segmentId, version) index, so neither the segments nor their revisions are read one by one, and
 * only texts and numbers come back, never the rich content.
 */
export async function listChangeBases(db: DbOrTx, translationId: string): Promise<ChangeBase[]> {
  return db.$queryRaw<ChangeBase[]>`
    SELECT s."id" AS "segmentId", s."text", b."version" AS "baseVersion", b."text" AS "baseText", b."kind" AS "baseKind"
    FROM "TargetSegment" s
    JOIN LATERAL (
      SELECT r."version", r."text", CASE WHEN r."status" = 'approved' THEN 'approved' ELSE 'first' END AS "kind"
      FROM "Revision" r
      WHERE r."segmentId" = s."id" AND (r."status" = 'approved' OR r."text" <> '')
      ORDER BY (r."status" = 'approved') DESC,
        CASE WHEN r."status" = 'approved' THEN -r."version" ELSE r."version" END
      LIMIT 1
    ) b ON true
    WHERE s."translationId" = ${translationId}
    ORDER BY s."position"`
}
