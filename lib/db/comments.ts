import { isErrorSeverity, type ErrorCategory, type ErrorSeverity } from '../review/error-marks'
import type { EvaluatedSegment } from '../review/quality-report'
import type { DbOrTx } from './client'

export type CommentAuthor = { id: string; name: string; email: string }

/** A comment as the API answers it: a thread's root (`parentId` null) or a reply. */
export type CommentView = {
  id: string
  segmentId: string
  parentId: string | null
  body: string
  category: ErrorCategory | null
  severity: ErrorSeverity | null
  /** The segment version the comment was written on. */
  version: number | null
  resolved: boolean
  resolvedAt: Date | null
  resolvedBy: { id: string; name: string } | null
  /** Null when the author's account was deleted, or for a note imported from a file. */
  author: CommentAuthor | null
  /** The author an imported note names (TMX/XLIFF), when no account wrote it. */
  authorName: string | null
  createdAt: Date
}

/** A thread of a document's language, with where its segment is. */
export type ThreadView = CommentView & { segmentPosition: number; replyCount: number }

const COMMENT = {
  id: true,
  segmentId: true,
  parentId: true,
  body: true,
  authorName: true,
  category: true,
  severity: true,
  version: true,
  resolvedAt: true,
  createdAt: true,
  resolvedBy: { select: { id: true, name: true } },
  author: { select: { id: true, name: true, email: true } },
} as const

type Row = {
  id: string
  segmentId: string
  parentId: string | null
  body: string
  authorName: string | null
  category: string | null
  severity: string | null
  version: number | null
  resolvedAt: Date | null
  createdAt: Date
  resolvedBy: { id: string; name: string } | null
  author: CommentAuthor | null
}

function toView(row: Row): CommentView {
  return {
    ...row,
    // Stored only through the checked schemas, so the strings are the listed values.
    category: row.category as ErrorCategory | null,
    severity: row.severity as ErrorSeverity | null,
    resolved: row.resolvedAt !== null,
  }
}

/** Every comment on a segment, oldest first (roots and their replies; the UI groups them by `parentId`). */
export async function listSegmentComments(db: DbOrTx, segmentId: string): Promise<CommentView[]> {
  const rows = await db.comment.findMany({
    where: { segmentId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: COMMENT,
  })
  return rows.map(toView)
}

/** One comment, or null. */
export async function getComment(db: DbOrTx, id: string): Promise<CommentView | null> {
  const row = await db.comment.findUnique({ where: { id }, select: COMMENT })
  return row ? toView(row) : null
}

/** Writes a comment (a root when `parentId` is null); `resolved` writes it already resolved by its author. */
export async function insertComment(
  db: DbOrTx,
  input: {
    segmentId: string
    parentId: string | null
    body: string
    category: ErrorCategory | null
    severity: ErrorSeverity | null
    version: number | null
    resolved?: boolean
  },
  author: { id: string },
): Promise<CommentView> {
  const { resolved, ...data } = input
  const row = await db.comment.create({
    data: {
      ...data,
      authorId: author.id,
      ...(resolved ? { resolvedAt: new Date(), resolvedById: author.id } : {}),
    },
    select: COMMENT,
  })
  return toView(row)
}

/** Resolves or reopens a comment; null when there is no such comment. */
export async function setCommentResolved(
  db: DbOrTx,
  id: string,
  resolved: boolean,
  actor: { id: string },
): Promise<CommentView | null> {
  const { count } = await db.comment.updateMany({
    where: { id },
    data: resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
  })
  return count === 0 ? null : getComment(db, id)
}

/** The target language of a comment's segment (undefined when there is no such comment). */
export async function langOfComment({ id }: { id: string }, db: DbOrTx): Promise<string | undefined> {
  const row = await db.comment.findUnique({
    where: { id },
    select: { segment: { select: { translation: { select: { lang: true } } } } },
  })
  return row?.segment.translation.lang
}

/** The threads (only the open ones with `openOnly`) of one language of a document, in segment order, each with its number of replies. */
export async function listThreads(
  db: DbOrTx,
  { documentId, lang, openOnly }: { documentId: string; lang: string; openOnly: boolean },
): Promise<ThreadView[]> {
  const rows = await db.comment.findMany({
    where: {
      parentId: null,
      ...(openOnly ? { resolvedAt: null } : {}),
      segment: { translation: { documentId, lang } },
    },
    select: { ...COMMENT, segment: { select: { position: true } }, _count: { select: { replies: true } } },
  })
  return rows
    .map(({ segment, _count, ...row }) => ({
      ...toView(row),
      segmentPosition: segment.position,
      replyCount: _count.replies,
    }))
    .sort((a, b) => a.segmentPosition - b.segmentPosition || a.createdAt.getTime() - b.createdAt.getTime())
}

/** How many open threads each segment of a translation has (segments without any are left out); one grouped query. */
export async function countOpenThreads(db: DbOrTx, translationId: string): Promise<Map<string, number>> {
  const groups = await db.comment.groupBy({
    by: ['segmentId'],
    where: { parentId: null, resolvedAt: null, segment: { translationId } },
    _count: { _all: true },
  })
  return new Map(groups.map((g) => [g.segmentId, g._count._all]))
}

/**
 * The reviewed segments of a document (approved, rejected, or carrying a mark) with their marks and
 * translator, for the quality report. The translator is the author of the segment's latest draft or
 * confirmed revision who is not a reviewer (a reviewer's correction does not make them its translator),
 * else the last person who saved it when that is not a reviewer, else unknown (null).
 */
export async function listEvaluatedSegments(db: DbOrTx, documentId: string): Promise<EvaluatedSegment[]> {
  const notReviewer = { role: { not: 'reviewer' as const } }
  const rows = await db.targetSegment.findMany({
    where: {
      translation: { documentId },
      OR: [
        { status: { in: ['approved', 'rejected'] } },
        { comments: { some: { parentId: null, severity: { not: null } } } },
      ],
    },
    select: {
      wordCount: true,
      translation: { select: { lang: true } },
      updatedBy: { select: { id: true, name: true, role: true } },
      revisions: {
        where: { status: { in: ['draft', 'translated'] }, author: { is: notReviewer } },
        orderBy: { version: 'desc' },
        take: 1,
        select: { author: { select: { id: true, name: true } } },
      },
      comments: { where: { parentId: null, severity: { not: null } }, select: { severity: true } },
    },
  })
  return rows.map((row) => {
    const lastEditor = row.updatedBy && row.updatedBy.role !== 'reviewer' ? row.updatedBy : null
    const translator = row.revisions[0]?.author ?? lastEditor
    return {
      lang: row.translation.lang,
      translator: translator && { id: translator.id, name: translator.name },
      words: row.wordCount,
      marks: row.comments.map((c) => c.severity).filter(isErrorSeverity),
    }
  })
}
