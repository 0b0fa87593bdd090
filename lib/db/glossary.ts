import type { Prisma } from '@prisma/client'
import { AppError } from '../errors'
import { isPartOfSpeech, termKey, type GlossaryTerm, type LangPair, type TermFields } from '../glossary/term'
import { isStorableText } from '../text/storable-text'
import type { Db, DbOrTx } from './client'
import { batchesOf, newId } from './bulk-insert'
import { yieldToEventLoop } from './raw-sql'

/** A stored term pair as the API answers it. */
export type GlossaryTermView = GlossaryTerm & { version: number; updatedAt: Date }
export type { LangPair }

const TERM = {
  id: true,
  srcLang: true,
  tgtLang: true,
  sourceTerm: true,
  targetTerm: true,
  partOfSpeech: true,
  definition: true,
  note: true,
  forbidden: true,
  version: true,
  updatedAt: true,
} as const
type TermRow = Prisma.GlossaryTermGetPayload<{ select: typeof TERM }>

function viewOf(row: TermRow): GlossaryTermView {
  return { ...row, partOfSpeech: isPartOfSpeech(row.partOfSpeech) ? row.partOfSpeech : '' }
}

/** The columns written for a term pair, keys included. */
export function termColumns(fields: TermFields) {
  return { ...fields, sourceKey: termKey(fields.sourceTerm), targetKey: termKey(fields.targetTerm) }
}

/** The language pairs that have a glossary, with their number of terms. */
export async function listGlossaryPairs(db: DbOrTx): Promise<Array<LangPair & { terms: number }>> {
  const groups = await db.glossaryTerm.groupBy({
    by: ['srcLang', 'tgtLang'],
    _count: { _all: true },
    orderBy: [{ srcLang: 'asc' }, { tgtLang: 'asc' }],
  })
  return groups.map((g) => ({ srcLang: g.srcLang, tgtLang: g.tgtLang, terms: g._count._all }))
}

/** The terms of a pair, and with `q` only those whose terms, variants, definition or note contain it (case-insensitive). */
function termsWhere({ srcLang, tgtLang, q }: LangPair & { q?: string }): Prisma.GlossaryTermWhereInput {
  const text = q?.trim()
  if (!text) return { srcLang, tgtLang }
  // LIKE's own characters are escaped, so "%" or "_" finds itself instead of every term.
  const contains = { contains: text.replace(/[\\%_]/g, (c) => `\\${c}`), mode: 'insensitive' as const }
  return {
    srcLang,
    tgtLang,
    OR: [
      { sourceTerm: contains },
      { targetTerm: contains },
      { definition: contains },
      { note: contains },
      { forbidden: { has: text } },
    ],
  }
}

/** A pair's terms by source term, optionally searched as `termsWhere` does: every one, at once (the matcher's index). */
export async function listGlossaryTerms(db: DbOrTx, query: LangPair & { q?: string }): Promise<GlossaryTermView[]> {
  const rows = await db.glossaryTerm.findMany({
    where: termsWhere(query),
    orderBy: [{ sourceKey: 'asc' }, { targetKey: 'asc' }],
    select: TERM,
  })
  return rows.map(viewOf)
}

/** Where a page starts or ends: a term's keys, which sort the list and are unique in a pair. */
type TermCursor = { sourceKey: string; targetKey: string }

const encodeCursor = ({ sourceKey, targetKey }: TermCursor) =>
  Buffer.from(JSON.stringify([sourceKey, targetKey])).toString('base64url')

/**
 * The keys a cursor of `listGlossaryTermPage` holds, or null when it is not one. Keys the database cannot
 * store (a NUL or a lone surrogate, escaped in the cursor's JSON) are no term's, and would fail the query.
 */
export function decodeTermCursor(cursor: string): TermCursor | null {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString())
    const isKey = (key: unknown) => typeof key === 'string' && isStorableText(key)
    if (!Array.isArray(keys) || keys.length !== 2 || !keys.every(isKey)) return null
    return { sourceKey: keys[0] as string, targetKey: keys[1] as string }
  } catch {
    return null
  }
}

/** The terms after a cursor in (sourceKey, targetKey) order, or before it `backwards`; the index answers it. */
function pastCursor(at: TermCursor, backwards: boolean): Prisma.GlossaryTermWhereInput {
  const [cmp, cmpOrEqual] = backwards ? (['lt', 'lte'] as const) : (['gt', 'gte'] as const)
  return {
    sourceKey: { [cmpOrEqual]: at.sourceKey },
    OR: [{ sourceKey: { [cmp]: at.sourceKey } }, { targetKey: { [cmp]: at.targetKey } }],
  }
}

export type GlossaryTermPage = {
  terms: GlossaryTermView[]
  /** How many terms the pair (or the search) has in all. */
  total: number
  /** Cursors for the pages after and before this one, or null at either end. */
  next: string | null
  previous: string | null
}

/**
 * One page of a pair's terms by source term (`limit` of them), optionally searched (across all terms): the
 * first, the one after the term of cursor `after`, or the one before that of `before`. Keyset paging on the
 * unique (pair, sourceKey, targetKey) index, so a page deep into 200,000 terms reads no more than the first.
 */
export async function listGlossaryTermPage(
  db: DbOrTx,
  query: LangPair & { q?: string; limit: number; after?: TermCursor; before?: TermCursor },
): Promise<GlossaryTermPage> {
  const { after, before, limit } = query
  const at = after ?? before
  const backwards = before !== undefined && after === undefined
  const where = termsWhere(query)
  const order = backwards ? 'desc' : 'asc'
  const rows = await db.glossaryTerm.findMany({
    where: at ? { AND: [where, pastCursor(at, backwards)] } : where,
    orderBy: [{ sourceKey: order }, { targetKey: order }],
    take: limit + 1,
    select: { ...TERM, sourceKey: true, targetKey: true },
  })
  const more = rows.length > limit
  const page = rows.slice(0, limit)
  if (backwards) page.reverse()
  const [first, last] = [page[0], page.at(-1)]
  const total = await db.glossaryTerm.count({ where })
  return {
    terms: page.map(({ sourceKey: _s, targetKey: _t, ...row }) => viewOf(row)),
    total,
    next: last && (backwards || more) ? encodeCursor(last) : null,
    previous: first && (backwards ? more : at !== undefined) ? encodeCursor(first) : null,
  }
}

/**
 * A pair's terms by source term, `size` at a time (the export): keyset pages on the unique (pair, sourceKey,
 * targetKey) index, each a statement of its own read when the caller asks for it, so 200,000 terms are never in
 * memory at once. Not one snapshot: a term changed while the batches are read may show its old or new state.
 */
export async function* listGlossaryTermBatches(
  db: DbOrTx,
  { srcLang, tgtLang }: LangPair,
  size: number,
): AsyncGenerator<GlossaryTermView[]> {
  for (let after: TermCursor | undefined; ;) {
    const rows = await db.glossaryTerm.findMany({
      where: { srcLang, tgtLang, ...(after && pastCursor(after, false)) },
      orderBy: [{ sourceKey: 'asc' }, { targetKey: 'asc' }],
      take: size,
      select: { ...TERM, sourceKey: true, targetKey: true },
    })
    if (rows.length > 0) yield rows.map(({ sourceKey: _s, targetKey: _t, ...row }) => viewOf(row))
    if (rows.length < size) return
    after = rows.at(-1)!
  }
}

/** What changes a pair's glossary leaves behind: its size and last change, to know when a cached index is stale. */
export async function getGlossaryStamp(db: DbOrTx, { srcLang, tgtLang }: LangPair): Promise<string> {
  const { _count, _max } = await db.glossaryTerm.aggregate({
    where: { srcLang, tgtLang },
    _count: { _all: true },
    _max: { updatedAt: true },
  })
  return `${_count._all}:${_max.updatedAt?.toISOString() ?? ''}`
}

/** One term pair, or null. */
export async function getGlossaryTerm(db: DbOrTx, id: string): Promise<GlossaryTermView | null> {
  const row = await db.glossaryTerm.findUnique({ where: { id }, select: TERM })
  return row && viewOf(row)
}

/** Adds a term pair; `409 glossary.termExists` when the pair already has it (same source and target, case aside). */
export async function createGlossaryTerm(db: DbOrTx, pair: LangPair, fields: TermFields): Promise<GlossaryTermView> {
  const columns = termColumns(fields)
  // ON CONFLICT DO NOTHING: a taken key is a count of 0, not a failed statement.
  const { count } = await db.glossaryTerm.createMany({ data: [{ ...pair, ...columns }], skipDuplicates: true })
  if (count === 0) throw new AppError('glossary.termExists', { sourceTerm: fields.sourceTerm })
  const { sourceKey, targetKey } = columns
  const row = await db.glossaryTerm.findUniqueOrThrow({
    where: { srcLang_tgtLang_sourceKey_targetKey: { ...pair, sourceKey, targetKey } },
    select: TERM,
  })
  return viewOf(row)
}

/**
 * Replaces a term pair's fields if it is still at `version`: `409 glossary.conflict` (with `current`)
 * when someone changed it since, `404 glossary.termNotFound`, `409 glossary.termExists` when the new
 * source and target are another term pair's.
 */
export async function updateGlossaryTerm(
  db: DbOrTx,
  { id, version }: { id: string; version: number },
  fields: TermFields,
): Promise<GlossaryTermView> {
  const columns = termColumns(fields)
  const before = await db.glossaryTerm.findUnique({ where: { id }, select: { srcLang: true, tgtLang: true } })
  if (!before) throw new AppError('glossary.termNotFound')
  const { sourceKey, targetKey } = columns
  const taken = await db.glossaryTerm.findFirst({
    where: { ...before, sourceKey, targetKey, NOT: { id } },
    select: { id: true },
  })
  if (taken) throw new AppError('glossary.termExists', { sourceTerm: fields.sourceTerm })
  const { count } = await db.glossaryTerm.updateMany({
    where: { id, version },
    data: { ...columns, version: { increment: 1 } },
  })
  const current = await getGlossaryTerm(db, id)
  if (!current) throw new AppError('glossary.termNotFound')
  if (count === 0) throw new AppError('glossary.conflict', { current })
  return current
}

/** Deletes a term pair; `404 glossary.termNotFound` when there is none. */
export async function deleteGlossaryTerm(db: DbOrTx, id: string): Promise<void> {
  const { count } = await db.glossaryTerm.deleteMany({ where: { id } })
  if (count === 0) throw new AppError('glossary.termNotFound')
}

// Rows a page of `getGlossaryKeys`: one statement of 200,000 rows held PGlite for 6 s (Prisma reads them on this thread too).
const KEYS_PAGE = 2000

/**
 * A pair's terms keyed by `sourceKey\ntargetKey`, for an import to tell new pairs from known ones: read a page
 * at a time in id order, each page a statement of its own after a turn of the event loop (docs/decisions/025).
 */
export async function getGlossaryKeys(db: DbOrTx, pair: LangPair): Promise<Map<string, GlossaryTermView>> {
  const keys = new Map<string, GlossaryTermView>()
  for (let after: string | undefined; ;) {
    await yieldToEventLoop()
    const rows = await db.glossaryTerm.findMany({
      where: { ...pair, ...(after !== undefined && { id: { gt: after } }) },
      orderBy: { id: 'asc' },
      take: KEYS_PAGE,
      select: { ...TERM, sourceKey: true, targetKey: true },
    })
    for (const { sourceKey, targetKey, ...row } of rows) keys.set(`${sourceKey}\n${targetKey}`, viewOf(row))
    if (rows.length < KEYS_PAGE) return keys
    after = rows.at(-1)!.id
  }
}

// An import's rows, 500 a statement as one JSON text (lib/db/bulk-insert.ts): one Prisma statement a
// changed term made a re-import of 10,000 changed terms 10,000 statements in one transaction.
const TERM_RECORD = 'u(id text, s text, t text, sk text, tk text, pos text, def text, note text, fb text[])'

const termRecord = (id: string, fields: TermFields) => {
  const columns = termColumns(fields)
  return {
    id,
    s: columns.sourceTerm,
    t: columns.targetTerm,
    sk: columns.sourceKey,
    tk: columns.targetKey,
    pos: columns.partOfSpeech,
    def: columns.definition,
    note: columns.note,
    fb: columns.forbidden,
  }
}

/** Term pairs an import writes a transaction: four statements of 500, a short wait for everyone else. */
export const IMPORT_STEP_ROWS = 2000

/**
 * Adds and updates many term pairs of one pair (an import) in short transactions of `stepRows`, letting the
 * event loop run before each, so others' requests take the database in between (docs/decisions/025): in one
 * transaction, 200,000 rows kept every request on PGlite waiting for 13–23 s. A failure keeps the steps
 * already committed. Answers the pairs actually added and updated: a pair someone else added meanwhile is
 * left as they wrote it, one deleted meanwhile is not brought back.
 */
export async function writeGlossaryTerms(
  db: Db,
  pair: LangPair,
  { added, updated }: { added: TermFields[]; updated: Array<{ id: string; fields: TermFields }> },
  stepRows = IMPORT_STEP_ROWS,
): Promise<{ added: number; updated: number }> {
  const now = new Date().toISOString()
  const counts = { added: 0, updated: 0 }
  for (let at = 0; at < added.length; at += stepRows) {
    await yieldToEventLoop()
    counts.added += await db.$transaction(async (tx) => {
      let count = 0
      for (const batch of batchesOf(added.slice(at, at + stepRows))) count += await insertTerms(tx, pair, batch, now)
      return count
    })
  }
  for (let at = 0; at < updated.length; at += stepRows) {
    await yieldToEventLoop()
    counts.updated += await db.$transaction(async (tx) => {
      let count = 0
      for (const batch of batchesOf(updated.slice(at, at + stepRows))) count += await updateTerms(tx, batch, now)
      return count
    })
  }
  return counts
}

const insertTerms = (tx: DbOrTx, pair: LangPair, batch: TermFields[], now: string) =>
  tx.$executeRawUnsafe(
    'INSERT INTO "GlossaryTerm" (id, "srcLang", "tgtLang", "sourceTerm", "targetTerm", "sourceKey", "targetKey", ' +
      '"partOfSpeech", definition, note, forbidden, version, "createdAt", "updatedAt") ' +
      `SELECT u.id, $2, $3, u.s, u.t, u.sk, u.tk, u.pos, u.def, u.note, u.fb, 1, $4::timestamp, $4::timestamp ` +
      `FROM json_to_recordset($1::json) AS ${TERM_RECORD} ON CONFLICT DO NOTHING`,
    JSON.stringify(batch.map((fields) => termRecord(newId(), fields))),
    pair.srcLang,
    pair.tgtLang,
    now,
  )

const updateTerms = (tx: DbOrTx, batch: Array<{ id: string; fields: TermFields }>, now: string) =>
  tx.$executeRawUnsafe(
    'UPDATE "GlossaryTerm" AS g SET "sourceTerm" = u.s, "targetTerm" = u.t, "sourceKey" = u.sk, "targetKey" = u.tk, ' +
      '"partOfSpeech" = u.pos, definition = u.def, note = u.note, forbidden = u.fb, version = g.version + 1, ' +
      `"updatedAt" = $2::timestamp FROM json_to_recordset($1::json) AS ${TERM_RECORD} WHERE g.id = u.id`,
    JSON.stringify(batch.map(({ id, fields }) => termRecord(id, fields))),
    now,
  )
