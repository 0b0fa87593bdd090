import { randomBytes } from 'node:crypto'
import type { SegmentStatus } from '../workbench/segment-states'
import type { RichDoc } from '../richtext/types'
import type { DbOrTx } from './client'
import type { SentenceLinkRow } from './sentence-links'

// Bulk inserts as one `INSERT … SELECT FROM json_to_recordset($1)` per batch: the rows travel as one
// JSON text parameter, which the driver adapter passes through as it is, where arrays of 500 values
// each cost it more than the database's work (docs/decisions/018-bulk-writes-as-json.md).

/** Rows a bulk statement carries: 500 (docs/decisions/003-streamed-imports.md). */
export const BULK_BATCH = 500

/** `rows` in slices of `BULK_BATCH`, in order: one bulk statement each. */
export function* batchesOf<T>(rows: readonly T[]): Generator<T[]> {
  for (let at = 0; at < rows.length; at += BULK_BATCH) yield rows.slice(at, at + BULK_BATCH)
}

// Random bytes drawn 4,096 ids at a time: one `randomBytes` call per id cost more than the insert.
const ID_BYTES = 24
const POOL_IDS = 4096
let pool = Buffer.alloc(0)
let poolAt = 0

const TIME_CHARS = 8

/**
 * A collision-resistant id in the shape of Prisma's cuid (a `c` and 24 base-36 characters): the time in
 * milliseconds (8 characters, until 2059), then 16 random characters (82 bits). Ids made one after
 * another sort near each other, so a bulk insert adds to the last pages of the primary key's B-tree
 * instead of touching a random page per row (a 100,000-unit memory import: a quarter less database CPU).
 */
export function newId(): string {
  if (poolAt + ID_BYTES > pool.length) {
    pool = randomBytes(ID_BYTES * POOL_IDS)
    poolAt = 0
  }
  let out = 'c' + Date.now().toString(36).padStart(TIME_CHARS, '0').slice(-TIME_CHARS)
  for (let i = poolAt; i < poolAt + ID_BYTES - TIME_CHARS; i++) out += (pool[i]! % 36).toString(36)
  poolAt += ID_BYTES
  return out
}

let lastTime = 0
let counter = 0

/**
 * An id like `newId` that sorts after every id this process made before, as Prisma's cuid does
 * (a `c`, the time and a counter, then random characters): for rows read back in id order among
 * equal times, such as an imported segment's comments, which all have the import's time.
 */
export function newOrderedId(): string {
  const now = Date.now()
  if (now > lastTime) {
    lastTime = now
    counter = 0
  } else counter++
  return `c${lastTime.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${newId().slice(1, 12)}`
}

const iso = (date: Date) => date.toISOString()

export type ParagraphRow = { id: string; position: number; content: RichDoc; text: string; wordCount: number }

/** Inserts source paragraphs of one document. */
export async function insertParagraphs(db: DbOrTx, documentId: string, rows: ParagraphRow[]): Promise<void> {
  if (rows.length === 0) return
  await db.$executeRawUnsafe(
    'INSERT INTO "SourceParagraph" (id, "documentId", position, content, text, "wordCount", "createdAt") ' +
      'SELECT u.id, $1, u.p, u.c, u.t, u.w, $2::timestamp FROM json_to_recordset($3::json) AS u(id text, p int, c jsonb, t text, w int)',
    documentId,
    iso(new Date()),
    JSON.stringify(rows.map((r) => ({ id: r.id, p: r.position, c: r.content, t: r.text, w: r.wordCount }))),
  )
}

export type SegmentRow = {
  id: string
  position: number
  content: RichDoc
  text: string
  wordCount: number
  status: SegmentStatus
  version: number
  updatedById: string | null
  createdAt?: Date
  updatedAt?: Date
}

/** Inserts target segments of one translation. */
export async function insertSegments(db: DbOrTx, translationId: string, rows: SegmentRow[]): Promise<void> {
  if (rows.length === 0) return
  const now = iso(new Date())
  await db.$executeRawUnsafe(
    'INSERT INTO "TargetSegment" (id, "translationId", position, content, text, "wordCount", status, version, "updatedById", "createdAt", "updatedAt") ' +
      'SELECT u.id, $1, u.p, u.c, u.t, u.w, u.s::"SegmentStatus", u.v, u.a, u.ca, u.ua ' +
      'FROM json_to_recordset($2::json) AS u(id text, p int, c jsonb, t text, w int, s text, v int, a text, ca timestamp, ua timestamp)',
    translationId,
    JSON.stringify(
      rows.map((r) => ({
        id: r.id,
        p: r.position,
        c: r.content,
        t: r.text,
        w: r.wordCount,
        s: r.status,
        v: r.version,
        a: r.updatedById,
        ca: r.createdAt ? iso(r.createdAt) : now,
        ua: r.updatedAt ? iso(r.updatedAt) : now,
      })),
    ),
  )
}

export type LinkRow = {
  id: string
  position: number
  sourceIds: string[]
  targetIds: string[]
  confidence: number | null
  confirmed: boolean
  /** `init` when omitted: what an import or a new language starts with; `auto` when the aligner made it. */
  origin?: 'init' | 'auto' | 'manual'
}

/** Inserts alignment links of one translation. */
export async function insertLinks(db: DbOrTx, translationId: string, rows: LinkRow[]): Promise<void> {
  if (rows.length === 0) return
  await db.$executeRawUnsafe(
    'INSERT INTO "AlignmentLink" (id, "translationId", position, "sourceIds", "targetIds", confidence, confirmed, origin, "createdAt", "updatedAt") ' +
      'SELECT u.id, $1, u.p, u.s, u.t, u.conf, u.ok, u.o, $2::timestamp, $2::timestamp ' +
      'FROM json_to_recordset($3::json) AS u(id text, p int, s text[], t text[], conf float8, ok bool, o text)',
    translationId,
    iso(new Date()),
    JSON.stringify(
      rows.map((r) => ({
        id: r.id,
        p: r.position,
        s: r.sourceIds,
        t: r.targetIds,
        conf: r.confidence,
        ok: r.confirmed,
        o: r.origin ?? 'init',
      })),
    ),
  )
}

/**
 * Inserts sentence pairs, 500 a statement. Through Prisma's `createMany` the sentence pairs of a
 * 10,000-paragraph translation (20,000 rows) took 6.7 s on PGlite, everyone's saves waiting: Prisma
 * turned each batch into 4,500 parameters; as one JSON text it is 0.4 s.
 */
export async function insertSentenceLinks(db: DbOrTx, rows: readonly SentenceLinkRow[]): Promise<void> {
  for (const batch of batchesOf(rows)) {
    await db.$executeRawUnsafe(
      'INSERT INTO "SentenceLink" (id, "linkId", position, source, target, "sourceText", "targetText", confidence, confirmed, origin) ' +
        'SELECT u.id, u.l, u.p, u.s, u.t, u.st, u.tt, u.conf, u.ok, u.o ' +
        'FROM json_to_recordset($1::json) AS u(id text, l text, p int, s jsonb, t jsonb, st text, tt text, conf float8, ok bool, o text)',
      JSON.stringify(
        batch.map((r) => ({
          id: newId(),
          l: r.linkId,
          p: r.position,
          s: r.source,
          t: r.target,
          st: r.sourceText,
          tt: r.targetText,
          conf: r.confidence,
          ok: r.confirmed ?? false,
          o: r.origin ?? 'auto',
        })),
      ),
    )
  }
}
