import type { RichDoc } from '../richtext/types'
import type { SegmentStatus } from '../workbench/segment-states'
import type { Db, DbOrTx } from './client'
import { sqlOf, type SqlTarget } from './sql'

/** The one NOTIFY channel of live events; a notification carries the event, or only its id when too large. */
export const LIVE_CHANNEL = 'parallel_live'
/** NOTIFY refuses payloads of 8000 bytes or more; stay clear of it. */
export const NOTIFY_MAX_BYTES = 7900

/**
 * A segment changed: saved, approved or rejected. `html` and `content` (the rich-text doc the editor
 * loads) are absent when the content did not change (a bulk approval).
 */
export type SegmentEventData = {
  id: string
  version: number
  status: SegmentStatus
  html?: string
  content?: RichDoc
} & ByWhom
/** The alignment changed (links, and the rows a join or split rewrote); its new version. */
export type LinksEventData = { version: number } & ByWhom
/** A comment was written, or a thread resolved or reopened. */
export type CommentEventData = { segmentId: string; commentId: string; resolved: boolean } & ByWhom
/**
 * Who made a change: the person's name, and the browser tab the request came from (lib/live/tab.ts),
 * so that tab can leave its own change alone (it has the answer to its request already).
 */
export type ByWhom = { author: string; tab?: string }
/** The `ByWhom` of an event: `tab` only when the request named one. */
export const byWhom = (actor: { name: string }, tab: string | undefined): ByWhom =>
  tab ? { author: actor.name, tab } : { author: actor.name }
/** Who has which segment open, the whole list (one entry per open stream with a segment). */
export type PresenceEventData = { editors: PresenceEntry[] }
export type PresenceEntry = { clientId: string; userId: string; name: string; segmentId: string }

export type LiveEventData = {
  segment: SegmentEventData
  links: LinksEventData
  comment: CommentEventData
  presence: PresenceEventData
}
export type LiveEventKind = keyof LiveEventData
export type LiveEvent = {
  [K in LiveEventKind]: { id: string; translationId: string; kind: K; data: LiveEventData[K] }
}[LiveEventKind]

/** What a notification says: the whole event, or (too large) only its id and translation. */
export type LiveNotice = { id: string; t: string; k?: LiveEventKind; d?: unknown }

/**
 * Records an event of a translation inside the caller's transaction and notifies every app instance.
 * NOTIFY is delivered at commit (and never on rollback), so listeners hear of committed changes only.
 * The per-translation advisory lock, held to the commit, makes one translation's event ids commit in
 * order, so a reader resuming after an id never skips one committed later with a smaller id.
 */
export async function recordLiveEvent<K extends LiveEventKind>(
  tx: SqlTarget,
  translationId: string,
  kind: K,
  data: LiveEventData[K],
): Promise<string> {
  const [row] = await sqlOf(tx)<{ id: string }>(RECORD_EVENT, [
    `live:${translationId}`,
    translationId,
    kind,
    JSON.stringify(data),
    LIVE_CHANNEL,
    NOTIFY_MAX_BYTES,
  ])
  const id = row!.id
  return id
}

// One round trip: the lock, then the event (its id from the sequence once the lock is held: the insert's
// row comes from the lock's), then the notification, the whole event (a LiveNotice) or, when it would pass
// NOTIFY's limit ($6 bytes), its id and translation only.
const RECORD_EVENT =
  'WITH e AS (INSERT INTO "LiveEvent" ("translationId", "kind", "payload") SELECT $2::text, $3::text, $4::text::jsonb ' +
  'FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS locked RETURNING "id"::text AS id), ' +
  `n AS (SELECT id, '{"id":"' || id || '","t":' || to_json($2::text)::text AS head FROM e) ` +
  `SELECT id, pg_notify($5, CASE WHEN octet_length(head) + octet_length($3::text) + octet_length($4::text) + 13 <= $6::int ` +
  `THEN head || ',"k":' || to_json($3::text)::text || ',"d":' || $4::text || '}' ELSE head || '}' END)::text AS notified FROM n`

/** recordLiveEvent in a transaction of its own, for a write that ran without one. */
export function emitLiveEvent<K extends LiveEventKind>(
  db: Db,
  translationId: string,
  kind: K,
  data: LiveEventData[K],
): Promise<string> {
  return db.$transaction((tx) => recordLiveEvent(tx, translationId, kind, data))
}

type EventRow = { id: string; translationId: string; kind: string; payload: unknown }
const toEvent = (row: EventRow) =>
  ({ id: row.id, translationId: row.translationId, kind: row.kind, data: row.payload }) as LiveEvent

/** One event by id (a notification too large to carry it), or null once pruned. */
export async function getLiveEvent(db: DbOrTx, id: string): Promise<LiveEvent | null> {
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT "id"::text AS "id", "translationId", "kind", "payload" FROM "LiveEvent" WHERE "id" = ${id}::bigint`
  return rows[0] ? toEvent(rows[0]) : null
}

/**
 * The events of a translation after `afterId`, oldest first, at most `limit`; `complete` is false when
 * events after `afterId` may have been pruned already (or more than `limit` wait), or `afterId` was never
 * issued: the reader has to reload instead of replaying.
 */
export async function listLiveEventsSince(
  db: DbOrTx,
  { translationId, afterId, limit = 1000 }: { translationId: string; afterId: string; limit?: number },
): Promise<{ events: LiveEvent[]; complete: boolean }> {
  const [bounds] = await db.$queryRaw<Array<{ first: string | null; next: string }>>`
    SELECT (SELECT min("id") FROM "LiveEvent")::text AS "first",
           (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM "LiveEvent_id_seq")::text AS "next"`
  // The oldest id still stored (or the next one to be issued): anything between afterId and it is gone.
  const oldest = BigInt(bounds!.first ?? bounds!.next)
  if (oldest > BigInt(afterId) + BigInt(1)) return { events: [], complete: false }
  // An id never issued (a tab older than a recreated database, or one past 64 bits): what it missed is unknown.
  if (BigInt(afterId) >= BigInt(bounds!.next)) return { events: [], complete: false }
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT "id"::text AS "id", "translationId", "kind", "payload" FROM "LiveEvent"
    WHERE "translationId" = ${translationId} AND "id" > ${afterId}::bigint
    ORDER BY "LiveEvent"."id" LIMIT ${limit + 1}`
  if (rows.length > limit) return { events: [], complete: false }
  return { events: rows.map(toEvent), complete: true }
}

/** The id of the newest event of all, or "0": where a fresh stream starts counting. */
export async function lastLiveEventId(db: DbOrTx): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ id: string | null }>>`SELECT max("id")::text AS "id" FROM "LiveEvent"`
  return row?.id ?? '0'
}

/** Deletes events older than `olderThan`, and all but the newest `keep`; answers how many went. */
export async function pruneLiveEvents(db: DbOrTx, { olderThan, keep }: { olderThan: Date; keep: number }) {
  return db.$executeRaw`
    DELETE FROM "LiveEvent" WHERE "createdAt" < ${olderThan}
       OR "id" <= (SELECT "id" FROM "LiveEvent" ORDER BY "id" DESC OFFSET ${keep} LIMIT 1)`
}

/** Opens a presence row for a new stream (no segment yet). */
export async function createPresence(
  db: DbOrTx,
  input: { id: string; translationId: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.livePresence.create({ data: { ...input, segmentId: null } })
}

/** The presence row of a stream, to check who owns it. */
export function getPresence(db: DbOrTx, id: string) {
  return db.livePresence.findUnique({ where: { id }, select: { translationId: true, userId: true, segmentId: true } })
}

/** Sets which segment a stream has open (null: none); false when the stream is gone. */
export async function setPresenceSegment(db: DbOrTx, id: string, segmentId: string | null): Promise<boolean> {
  const { count } = await db.livePresence.updateMany({ where: { id }, data: { segmentId } })
  return count > 0
}

/** Renews the presence of open streams (the heartbeat). */
export async function renewPresence(db: DbOrTx, ids: readonly string[], expiresAt: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  await db.livePresence.updateMany({ where: { id: { in: [...ids] } }, data: { expiresAt } })
  const kept = await db.livePresence.findMany({ where: { id: { in: [...ids] } }, select: { id: true } })
  return new Set(kept.map((row) => row.id))
}

/** Removes a stream's presence; answers the segment it had open, if any. */
export async function deletePresence(db: DbOrTx, id: string): Promise<{ segmentId: string | null } | null> {
  const row = await db.livePresence.findUnique({ where: { id }, select: { segmentId: true } })
  if (!row) return null
  await db.livePresence.deleteMany({ where: { id } })
  return row
}

/** Who has which segment of a translation open now (expired rows of a dead instance left out). */
export async function listPresence(db: DbOrTx, translationId: string, now = new Date()): Promise<PresenceEntry[]> {
  const rows = await db.livePresence.findMany({
    where: { translationId, segmentId: { not: null }, expiresAt: { gt: now } },
    select: { id: true, userId: true, segmentId: true, user: { select: { name: true } } },
    orderBy: { id: 'asc' },
  })
  return rows.map((row) => ({ clientId: row.id, userId: row.userId, name: row.user.name, segmentId: row.segmentId! }))
}

/** The translation a segment belongs to. */
export async function translationIdOfSegment(db: SqlTarget, segmentId: string): Promise<string | undefined> {
  const [row] = await sqlOf(db)<{ translationId: string }>(
    'SELECT "translationId" FROM "TargetSegment" WHERE id = $1',
    [segmentId],
  )
  return row?.translationId
}

/**
 * Deletes presence rows whose stream's instance stopped renewing them; answers the translations where
 * one of them had a segment open (the others there still show it).
 */
export async function deleteExpiredPresence(db: DbOrTx, now = new Date()): Promise<string[]> {
  const expired = await db.livePresence.findMany({
    where: { expiresAt: { lte: now } },
    select: { id: true, translationId: true, segmentId: true },
  })
  if (expired.length === 0) return []
  await db.livePresence.deleteMany({ where: { id: { in: expired.map((row) => row.id) }, expiresAt: { lte: now } } })
  return [...new Set(expired.filter((row) => row.segmentId !== null).map((row) => row.translationId))]
}
