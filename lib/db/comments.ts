import { isErrorSeverity, type ErrorCategory, type ErrorSeverity } from '../review/error-marks'
import type { EvaluatedSegment } from '../review/quality-report'
import { isStorableText } from '../text/storable-text'
import { newId } from './bulk-insert'
import type { DbOrTx } from './client'
import { NOW_UTC, sqlOf, utc, type SqlTarget } from './sql'

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

/**
 * Where a page of comments ends: its last comment's time and id, which order a segment's list, and for a list
 * in segment order (a language's threads) its segment's position, which comes first.
 */
export type CommentCursor = { createdAt: Date; id: string; position?: number }

const MAX_POSITION = 2 ** 31 - 1

const encodeCommentCursor = ({ createdAt, id, position }: CommentCursor) =>
  Buffer.from(
    JSON.stringify(position === undefined ? [createdAt.toISOString(), id] : [createdAt.toISOString(), id, position]),
  ).toString('base64url')

/** The keys a cursor of `listSegmentCommentPage` or `listThreadPage` holds, or null when it is not one. */
export function decodeCommentCursor(cursor: string): CommentCursor | null {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString())
    if (!Array.isArray(keys) || keys.length < 2 || keys.length > 3) return null
    const [at, id, position] = keys as unknown[]
    if (typeof at !== 'string' || typeof id !== 'string' || !isStorableText(id)) return null
    // A position the database's integer column holds, as every issued cursor's does.
    const isPosition = typeof position === 'number' && Number.isInteger(position) && Math.abs(position) <= MAX_POSITION
    if (position !== undefined && !isPosition) return null
    // Only the form `toISOString` writes for years 0001–9999: the database refuses year 0 and wider forms.
    const createdAt = new Date(at)
    if (!/^(?!0000)\d{4}-\d\d-\d\dT/.test(at) || isNaN(createdAt.getTime()) || createdAt.toISOString() !== at)
      return null
    return typeof position === 'number' ? { createdAt, id, position } : { createdAt, id }
  } catch {
    return null
  }
}

export type SegmentCommentPage = {
  /** At most `limit` comments, newest first (threads' first comments and replies; group by `parentId`). */
  comments: CommentView[]
  /** The first comments of the threads that replies on the page answer, when they are not on it themselves. */
  parents: CommentView[]
  /** How many open threads the segment has in all. */
  openThreads: number
  /** The cursor of the page of earlier comments (`after`), or null when this one reaches the first. */
  next: string | null
}

/**
 * One page of a segment's comments, newest first: the newest `limit`, or the `limit` before the comment of
 * cursor `after`. Keyset paging on (createdAt, id), which the (segmentId, createdAt) index answers, so a
 * segment with thousands of comments is read and sent a page at a time.
 */
export async function listSegmentCommentPage(
  db: DbOrTx,
  { segmentId, limit, after }: { segmentId: string; limit: number; after?: CommentCursor },
): Promise<SegmentCommentPage> {
  const before = after && {
    OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
  }
  const rows = await db.comment.findMany({
    where: { segmentId, ...before },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: COMMENT,
  })
  const page = rows.slice(0, limit)
  const onPage = new Set(page.map((c) => c.id))
  const missing = new Set(page.map((c) => c.parentId).filter((id): id is string => id !== null && !onPage.has(id)))
  const [parents, openThreads] = await Promise.all([
    missing.size === 0
      ? []
      : db.comment.findMany({
          where: { id: { in: [...missing] } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: COMMENT,
        }),
    db.comment.count({ where: { segmentId, parentId: null, resolvedAt: null } }),
  ])
  const last = page.at(-1)
  return {
    comments: page.map(toView),
    parents: parents.map(toView),
    openThreads,
    next: last && rows.length > limit ? encodeCommentCursor(last) : null,
  }
}

/** One comment, or null. */
export async function getComment(db: DbOrTx, id: string): Promise<CommentView | null> {
  const row = await db.comment.findUnique({ where: { id }, select: COMMENT })
  return row ? toView(row) : null
}

type InsertedRow = Omit<Row, 'author' | 'resolvedBy' | 'authorName'> & {
  userName: string | null
  userEmail: string | null
}

// The comment and its author's name and email in one round trip ($9: written already resolved by its author).
const INSERT_COMMENT =
  'WITH c AS (INSERT INTO "Comment" (id, "segmentId", "parentId", "authorId", body, category, severity, version, ' +
  `"resolvedAt", "resolvedById", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ` +
  `CASE WHEN $9::boolean THEN ${NOW_UTC} END, CASE WHEN $9::boolean THEN $4 END, ${NOW_UTC}, ${NOW_UTC}) RETURNING *) ` +
  `SELECT c.id, c."segmentId", c."parentId", c.body, c.category, c.severity, c.version, ${utc('c."resolvedAt"')} AS "resolvedAt", ` +
  `${utc('c."createdAt"')} AS "createdAt", u.name AS "userName", u.email AS "userEmail" ` +
  'FROM c LEFT JOIN "User" u ON u.id = c."authorId"'

/** Writes a comment (a root when `parentId` is null); `resolved` writes it already resolved by its author. */
export async function insertComment(
  db: SqlTarget,
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
  const { segmentId, parentId, body, category, severity, version, resolved = false } = input
  const [row] = await sqlOf(db)<InsertedRow>(INSERT_COMMENT, [
    newId(),
    segmentId,
    parentId,
    author.id,
    body,
    category,
    severity,
    version,
    resolved,
  ])
  const { userName, userEmail, ...rest } = row!
  const person = userName === null ? null : { id: author.id, name: userName }
  return toView({
    ...rest,
    authorName: null,
    author: person && { ...person, email: userEmail! },
    resolvedBy: resolved ? person : null,
  })
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

export type ThreadPage = {
  /** At most `limit` threads (their first comments), in segment order and oldest first on a segment. */
  threads: ThreadView[]
  /** How many threads the list has in all (only the open ones with `openOnly`), over every page. */
  total: number
  /** The cursor of the page of later threads (`after`), or null when this one reaches the last. */
  next: string | null
}

/**
 * One page of the threads (only the open ones with `openOnly`) of one language of a document, each with its
 * number of replies: the first `limit`, or the `limit` after the thread of cursor `after`. Keyset paging on
 * (segment position, createdAt, id), so a language with thousands of long threads is sent a page at a time.
 */
export async function listThreadPage(
  db: DbOrTx,
  {
    documentId,
    lang,
    openOnly,
    limit,
    after,
  }: { documentId: string; lang: string; openOnly: boolean; limit: number; after?: Required<CommentCursor> },
): Promise<ThreadPage> {
  const where = {
    parentId: null,
    ...(openOnly ? { resolvedAt: null } : {}),
    segment: { translation: { documentId, lang } },
  }
  const later = after && {
    OR: [
      { segment: { position: { gt: after.position } } },
      { segment: { position: after.position }, createdAt: { gt: after.createdAt } },
      { segment: { position: after.position }, createdAt: after.createdAt, id: { gt: after.id } },
    ],
  }
  const [rows, total] = await Promise.all([
    db.comment.findMany({
      where: { ...where, ...later },
      orderBy: [{ segment: { position: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
      take: limit + 1,
      select: { ...COMMENT, segment: { select: { position: true } }, _count: { select: { replies: true } } },
    }),
    db.comment.count({ where }),
  ])
  const threads = rows.slice(0, limit).map(({ segment, _count, ...row }) => ({
    ...toView(row),
    segmentPosition: segment.position,
    replyCount: _count.replies,
  }))
  const last = threads.at(-1)
  return {
    threads,
    total,
    next: last && rows.length > limit ? encodeCommentCursor({ ...last, position: last.segmentPosition }) : null,
  }
}

/** How many open threads each segment of a translation has (segments without any are left out); one grouped query. */
export async function countOpenThreads(db: SqlTarget, translationId: string): Promise<Map<string, number>> {
  const groups = await sqlOf(db)<{ segmentId: string; count: number }>(
    'SELECT c."segmentId", count(*)::int AS count FROM "Comment" c JOIN "TargetSegment" s ON s.id = c."segmentId" ' +
      'WHERE s."translationId" = $1 AND c."parentId" IS NULL AND c."resolvedAt" IS NULL GROUP BY c."segmentId"',
    [translationId],
  )
  return new Map(groups.map((g) => [g.segmentId, g.count]))
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
