import { docToHtml } from '../richtext/doc-to-html'
import { countWords } from '../richtext/doc-to-text'
import type { RichDoc } from '../richtext/types'
import type { Pretranslation } from '../tm/pretranslation'
import type { SegmentStatus } from '../workbench/segment-states'
import { batchesOf, newId } from './bulk-insert'
import type { DbOrTx } from './client'
import { NOW_UTC, sqlOf, utc, type SqlTarget } from './sql'
import { asDoc } from './rich-json'

export type SegmentSnapshot = {
  id: string
  text: string
  html: string
  content: RichDoc
  status: SegmentStatus
  version: number
  updatedAt: Date
  updatedBy: string | null
}

type Row = {
  id: string
  text: string
  content: unknown
  status: string
  version: number
  updatedAt: Date
  updatedBy: { name: string } | null
}

function toSnapshot(row: Row): SegmentSnapshot {
  const content = asDoc(row.content as never)
  return {
    id: row.id,
    text: row.text,
    content,
    html: docToHtml(content),
    status: row.status as SegmentStatus,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.name ?? null,
  }
}

/** The target language of a segment (undefined when there is no such segment). */
export async function langOfSegment({ id }: { id: string }, db: SqlTarget): Promise<string | undefined> {
  const [row] = await sqlOf(db)<{ lang: string }>(
    'SELECT t.lang FROM "TargetSegment" s JOIN "Translation" t ON t.id = s."translationId" WHERE s.id = $1',
    [id],
  )
  return row?.lang
}

// A segment as SegmentSnapshot needs it, from `s` (TargetSegment) and the name of who changed it last.
const SNAPSHOT_COLUMNS = `s.id, s.text, s.content, s.status::text AS status, s.version, ${utc('s."updatedAt"')} AS "updatedAt"`
type SqlRow = Omit<Row, 'updatedBy'> & { updatedByName: string | null }
const fromSql = (row: SqlRow) =>
  toSnapshot({ ...row, updatedBy: row.updatedByName === null ? null : { name: row.updatedByName } })

/** One segment as the editor sees it, or null. */
export async function getSegment(db: SqlTarget, id: string): Promise<SegmentSnapshot | null> {
  const [row] = await sqlOf(db)<SqlRow>(
    `SELECT ${SNAPSHOT_COLUMNS}, u.name AS "updatedByName" FROM "TargetSegment" s ` +
      'LEFT JOIN "User" u ON u.id = s."updatedById" WHERE s.id = $1',
    [id],
  )
  return row ? fromSql(row) : null
}

/** A segment with its translation and that translation's language (what a save checks first), or null. */
export async function getSegmentInTranslation(
  db: SqlTarget,
  id: string,
): Promise<{ segment: SegmentSnapshot; translationId: string; lang: string } | null> {
  const [row] = await sqlOf(db)<SqlRow & { translationId: string; lang: string }>(
    `SELECT ${SNAPSHOT_COLUMNS}, u.name AS "updatedByName", s."translationId", t.lang FROM "TargetSegment" s ` +
      'JOIN "Translation" t ON t.id = s."translationId" LEFT JOIN "User" u ON u.id = s."updatedById" WHERE s.id = $1',
    [id],
  )
  return row ? { segment: fromSql(row), translationId: row.translationId, lang: row.lang } : null
}

// The update, its revision and the name of its author in one statement: one round trip a save.
const WRITE_SEGMENT =
  'WITH s AS (UPDATE "TargetSegment" SET content = $3::jsonb, text = $4, "wordCount" = $5, status = $6::"SegmentStatus", ' +
  `version = version + 1, "updatedById" = $7, pretranslation = $8::jsonb, "updatedAt" = ${NOW_UTC} ` +
  'WHERE id = $1 AND version = $2 RETURNING *), ' +
  'r AS (INSERT INTO "Revision" (id, "segmentId", version, content, text, status, "authorId", "createdAt") ' +
  'SELECT $9, s.id, s.version, s.content, s.text, s.status, s."updatedById", s."updatedAt" FROM s) ' +
  `SELECT ${SNAPSHOT_COLUMNS}, u.name AS "updatedByName" FROM s LEFT JOIN "User" u ON u.id = s."updatedById"`

/**
 * Writes a segment's content, text and status if `version` is still current, raises its version and
 * records the revision; null when the version moved on (another save came first). Call it inside a
 * transaction, so the revision is written with the segment. The segment's `pretranslation` is set to the
 * one given (a pre-translation from the memory) or cleared: any other save is a person's work.
 */
export async function writeSegment(
  tx: SqlTarget,
  input: {
    segmentId: string
    version: number
    content: RichDoc
    text: string
    status: SegmentStatus
    pretranslation?: Pretranslation
  },
  actor: { id: string },
): Promise<SegmentSnapshot | null> {
  const { segmentId, version, content, text, status } = input
  const [row] = await sqlOf(tx)<SqlRow>(WRITE_SEGMENT, [
    segmentId,
    version,
    JSON.stringify(content),
    text,
    countWords(text),
    status,
    actor.id,
    input.pretranslation ? JSON.stringify(input.pretranslation) : null,
    newId(),
  ])
  return row ? fromSql(row) : null
}

// `writeSegment` for many segments, 500 a statement (an update from a file): each row is written only at
// its version, with its revision; the ids written come back, so a missing one is a save that came first.
const WRITE_SEGMENTS =
  'WITH u AS (SELECT * FROM json_to_recordset($1::json) AS u(id text, v int, c text, t text, w int, st text, rid text)), ' +
  's AS (UPDATE "TargetSegment" AS x SET content = u.c::jsonb, text = u.t, "wordCount" = u.w, status = u.st::"SegmentStatus", ' +
  `version = x.version + 1, "updatedById" = $2, pretranslation = NULL, "updatedAt" = ${NOW_UTC} ` +
  'FROM u WHERE x.id = u.id AND x.version = u.v ' +
  'RETURNING x.id, x.version, x.content, x.text, x.status, x."updatedById", x."updatedAt", u.rid), ' +
  'r AS (INSERT INTO "Revision" (id, "segmentId", version, content, text, status, "authorId", "createdAt") ' +
  'SELECT s.rid, s.id, s.version, s.content, s.text, s.status, s."updatedById", s."updatedAt" FROM s) ' +
  'SELECT s.id FROM s'

/**
 * Writes many segments as `writeSegment` does (each at its version, with a revision by the actor, a
 * pre-translation mark cleared), 500 a statement; answers the id of the first one whose version moved
 * on, which was then not written (the caller's transaction is to be rolled back), or null.
 */
export async function writeSegments(
  tx: SqlTarget,
  changes: ReadonlyArray<{ id: string; version: number; content: RichDoc; text: string; status: SegmentStatus }>,
  actor: { id: string },
): Promise<string | null> {
  for (const batch of batchesOf(changes)) {
    const rows = batch.map((c) => ({
      id: c.id,
      v: c.version,
      c: JSON.stringify(c.content),
      t: c.text,
      w: countWords(c.text),
      st: c.status,
      rid: newId(),
    }))
    const written = await sqlOf(tx)<{ id: string }>(WRITE_SEGMENTS, [JSON.stringify(rows), actor.id])
    if (written.length < batch.length) {
      const done = new Set(written.map((row) => row.id))
      return batch.find((c) => !done.has(c.id))!.id
    }
  }
  return null
}

/** A segment's status and version, for deciding a bulk change. */
export type SegmentState = { id: string; status: SegmentStatus; version: number }

/** The status and version of a translation's segments: the listed ones, or all of them. */
export async function listSegmentStates(
  db: DbOrTx,
  { translationId, ids }: { translationId: string; ids?: readonly string[] },
): Promise<SegmentState[]> {
  const rows = await db.targetSegment.findMany({
    where: { translationId, ...(ids ? { id: { in: [...ids] } } : {}) },
    select: { id: true, status: true, version: true },
    orderBy: { position: 'asc' },
  })
  return rows.map((row) => ({ ...row, status: row.status as SegmentStatus }))
}

/**
 * Sets the status of segments that are still at `from` without touching their text, raises their
 * versions and records one revision each by the actor; answers the ones changed with their new versions.
 * Call inside a transaction: a segment changed meanwhile (another status) is left out, not overwritten.
 */
export async function setSegmentsStatus(
  tx: DbOrTx,
  { ids, from, to }: { ids: readonly string[]; from: SegmentStatus; to: SegmentStatus },
  actor: { id: string },
): Promise<SegmentState[]> {
  if (ids.length === 0) return []
  const where = { id: { in: [...ids] }, status: from }
  const before = await tx.targetSegment.findMany({ where, select: { id: true, version: true } })
  await tx.targetSegment.updateMany({
    where: { id: { in: before.map((s) => s.id) }, status: from },
    data: { status: to, version: { increment: 1 }, updatedById: actor.id },
  })
  const versionBefore = new Map(before.map((s) => [s.id, s.version]))
  const after = await tx.targetSegment.findMany({
    where: { id: { in: before.map((s) => s.id) }, status: to },
    select: { id: true, version: true, content: true, text: true },
  })
  const changed = after.filter((s) => s.version === (versionBefore.get(s.id) ?? 0) + 1)
  await tx.revision.createMany({
    data: changed.map((s) => ({
      segmentId: s.id,
      version: s.version,
      content: s.content ?? {},
      text: s.text,
      status: to,
      authorId: actor.id,
    })),
  })
  // In the order asked for: the database returns rows in no promised order.
  const order = new Map(ids.map((id, index) => [id, index]))
  changed.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  return changed.map(({ id, version }) => ({ id, status: to, version }))
}

/** The segments of a translation that were approved at some time (a revision says so), whatever they are now. */
export async function listApprovedOnceIds(db: DbOrTx, { translationId }: { translationId: string }): Promise<string[]> {
  const rows = await db.revision.findMany({
    where: { status: 'approved', segment: { translationId } },
    distinct: ['segmentId'],
    select: { segmentId: true },
  })
  return rows.map((row) => row.segmentId)
}
