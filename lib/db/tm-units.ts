import { createHash } from 'node:crypto'
import { foldNormalized, foldText, normalizeText } from '../tm/fold-text'
import type { TmUnit, TmUnitInput } from '../tm/tm-unit'
import { hasFormatting } from '../richtext/has-formatting'
import type { RichDoc } from '../richtext/types'
import { newId } from './bulk-insert'
import type { DbOrTx } from './client'
import { rawSqlOf, sharesOneSession } from './raw-sql'
import type { SqlTarget } from './sql'
import { rarestWords, wordKeys, wordKeySeed } from '../tm/word-keys'

/** One row per pair: the hash of the normalized source and target. */
function pairHashOfNormalized(source: string, target: string): string {
  return createHash('sha1').update(source).update('\u0000').update(target).digest('hex')
}

/** PostgreSQL's array literal of integers: arrays of arrays cannot go through `unnest` row by row. */
const intArrayLiteral = (keys: number[]) => `{${keys.join(',')}}`

/**
 * A batch of units ready to write: deduplicated, folded, keyed and serialized; no I/O. `units` counts the
 * units with both texts it came from, repeats included, `rows` the rows they make.
 */
export type PreparedTmBatch = { json: string; rows: number; units: number }

/**
 * Prepares units for `writeTmBatch`: one row per language pair and identical (normalized) source and
 * target, the newest of the batch; folded texts and word keys computed; the rows as one JSON text (the
 * driver passes one string, not twenty arrays), ordered by pair and hash so that concurrent writers
 * meet shared rows in the same order. Undefined when no unit has both texts.
 */
export function prepareTmBatch(units: TmUnitInput[]): PreparedTmBatch | undefined {
  const newest = new Map<string, { unit: TmUnitInput; source: string; target: string; hash: string }>()
  let kept = 0
  for (const unit of units) {
    const source = normalizeText(unit.source)
    const target = normalizeText(unit.target)
    if (source === '' || target === '') continue
    kept++
    const hash = pairHashOfNormalized(source, target)
    const key = `${unit.srcLang}\u0000${unit.tgtLang}\u0000${hash}`
    const seen = newest.get(key)
    if (!seen || seen.unit.updatedAt <= unit.updatedAt) newest.set(key, { unit, source, target, hash })
  }
  if (newest.size === 0) return undefined
  const seedCache = new Map<string, { source: number; target: number }>()
  const seedsOf = (unit: TmUnitInput) => {
    const key = `${unit.srcLang}\u0000${unit.tgtLang}`
    let seeds = seedCache.get(key)
    if (!seeds) {
      seeds = {
        source: wordKeySeed('source', unit.srcLang, unit.tgtLang),
        target: wordKeySeed('target', unit.srcLang, unit.tgtLang),
      }
      seedCache.set(key, seeds)
    }
    return seeds
  }
  // Plain text needs no rich copy: it is rebuilt from the text (textToDoc) when read.
  const json = (doc: RichDoc | null | undefined) => (doc && hasFormatting(doc) ? JSON.stringify(doc) : null)
  const rows = [...newest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row)
  const out = rows.map(({ unit: r, source, target, hash }) => {
    const seeds = seedsOf(r)
    const sourceFold = foldNormalized(source)
    const targetFold = foldNormalized(target)
    return {
      id: newId(),
      sl: r.srcLang,
      tl: r.tgtLang,
      s: r.source,
      t: r.target,
      sc: json(r.sourceContent),
      tc: json(r.targetContent),
      sf: sourceFold,
      tf: targetFold,
      ps: r.previousSource ? foldText(r.previousSource) : '',
      ns: r.nextSource ? foldText(r.nextSource) : '',
      h: hash,
      o: r.origin,
      d: r.documentId ?? null,
      sg: r.segmentId ?? null,
      ol: r.originLabel ?? '',
      a: r.author ?? null,
      st: r.status,
      ua: r.updatedAt.toISOString(),
      nd: r.isUndated === true,
      sw: intArrayLiteral(wordKeys(seeds.source, sourceFold)),
      tw: intArrayLiteral(wordKeys(seeds.target, targetFold)),
    }
  })
  return { json: JSON.stringify(out), rows: out.length, units: kept }
}

type Query = <T>(sql: string, params: unknown[]) => Promise<T[]>

// One statement a batch: the rows, and the word counts of the rows added (keys in ascending order, so
// that concurrent writers lock them in the same order), with no row sent back. A row the memory holds
// newer, or exactly as sent (its date included; all but the date for a unit sent without one, `nd`), is
// left alone: the import reports it as unchanged.
const WRITE_TM_BATCH =
  'WITH r AS (SELECT * FROM json_to_recordset($1::json) AS r(id text, sl text, tl text, s text, t text, sc text, tc text, ' +
  'sf text, tf text, ps text, ns text, h text, o text, d text, sg text, ol text, a text, st text, ua timestamp, nd boolean, ' +
  'sw text, tw text)), ' +
  'u AS (SELECT * FROM r WHERE NOT (r.nd AND EXISTS (SELECT FROM "TmUnit" k WHERE k."srcLang" = r.sl AND k."tgtLang" = r.tl ' +
  'AND k."pairHash" = r.h AND (k.source, k.target, k."sourceContent", k."targetContent", k."prevSource", k."nextSource", ' +
  'k.origin, k."documentId", k."segmentId", k."originLabel", k.author, k.status) IS NOT DISTINCT FROM (r.s, r.t, ' +
  'r.sc::jsonb, r.tc::jsonb, r.ps, r.ns, r.o, r.d, r.sg, r.ol, r.a, r.st)))), ' +
  'ins AS (INSERT INTO "TmUnit" (id, "srcLang", "tgtLang", source, target, "sourceContent", "targetContent", "sourceFold", ' +
  '"targetFold", "prevSource", "nextSource", "pairHash", origin, "documentId", "segmentId", "originLabel", author, status, "createdAt", ' +
  '"updatedAt", "sourceWords", "targetWords") ' +
  'SELECT u.id, u.sl, u.tl, u.s, u.t, u.sc::jsonb, u.tc::jsonb, u.sf, u.tf, u.ps, u.ns, u.h, u.o, u.d, u.sg, u.ol, u.a, u.st, u.ua, ' +
  'u.ua, u.sw::integer[], u.tw::integer[] FROM u ' +
  'ON CONFLICT ("srcLang", "tgtLang", "pairHash") DO UPDATE SET source = EXCLUDED.source, target = EXCLUDED.target, ' +
  '"sourceContent" = EXCLUDED."sourceContent", "targetContent" = EXCLUDED."targetContent", "prevSource" = EXCLUDED."prevSource", ' +
  '"nextSource" = EXCLUDED."nextSource", origin = EXCLUDED.origin, "documentId" = EXCLUDED."documentId", "segmentId" = EXCLUDED."segmentId", ' +
  '"originLabel" = EXCLUDED."originLabel", author = EXCLUDED.author, status = EXCLUDED.status, "updatedAt" = EXCLUDED."updatedAt", ' +
  '"sourceWords" = EXCLUDED."sourceWords", "targetWords" = EXCLUDED."targetWords" ' +
  'WHERE EXCLUDED."updatedAt" >= "TmUnit"."updatedAt" AND ("TmUnit".source, "TmUnit".target, "TmUnit"."sourceContent", ' +
  '"TmUnit"."targetContent", "TmUnit"."prevSource", "TmUnit"."nextSource", "TmUnit".origin, "TmUnit"."documentId", ' +
  '"TmUnit"."segmentId", "TmUnit"."originLabel", "TmUnit".author, "TmUnit".status, "TmUnit"."updatedAt") IS DISTINCT FROM (EXCLUDED.source, ' +
  'EXCLUDED.target, EXCLUDED."sourceContent", EXCLUDED."targetContent", EXCLUDED."prevSource", EXCLUDED."nextSource", ' +
  'EXCLUDED.origin, EXCLUDED."documentId", EXCLUDED."segmentId", EXCLUDED."originLabel", EXCLUDED.author, EXCLUDED.status, EXCLUDED."updatedAt") RETURNING (xmax = 0) AS inserted, "sourceWords"), ' +
  'counted AS (INSERT INTO "TmWordCount" (word, units) SELECT w, count(*)::integer FROM ins, unnest(ins."sourceWords") AS w ' +
  'WHERE ins.inserted GROUP BY w ORDER BY w ON CONFLICT (word) DO UPDATE SET units = "TmWordCount".units + EXCLUDED.units) ' +
  'SELECT count(*) FILTER (WHERE inserted)::integer AS added, count(*)::integer AS written FROM ins'

/** Writes a prepared batch in one statement; returns how many rows were added and how many updated. */
async function writeTmBatch(query: Query, batch: PreparedTmBatch): Promise<{ added: number; updated: number }> {
  const [result] = await query<{ added: number; written: number }>(WRITE_TM_BATCH, [batch.json])
  return { added: result?.added ?? 0, updated: (result?.written ?? 0) - (result?.added ?? 0) }
}

/** The statement runner of a client: straight to the driver outside a transaction (lib/db/raw-sql.ts). */
function runnerOf(db: SqlTarget): <T>(run: (query: Query) => Promise<T>) => Promise<T> {
  if (typeof db === 'function') return (run) => run(db)
  const raw = rawSqlOf(db)
  if (raw) return (run) => raw.session(run)
  return (run) => run((sql, params) => db.$queryRawUnsafe(sql, ...params))
}

/**
 * Marks the memory's unit of a pair `rejected` when a reviewer rejects a segment with that source and
 * translation: lookups (`findTmCandidates`, so matches and pre-translation) then leave it out, where it
 * came out as a 101% in-context match for the very segment it was rejected in. The concordance still
 * finds it, with its status. Saving the same translation again as translated brings it back.
 */
export async function markTmPairRejected(
  db: SqlTarget,
  pair: { srcLang: string; tgtLang: string; source: string; target: string },
): Promise<void> {
  const source = normalizeText(pair.source)
  const target = normalizeText(pair.target)
  if (source === '' || target === '') return
  await runnerOf(db)((query) =>
    query('UPDATE "TmUnit" SET status = \'rejected\' WHERE "srcLang" = $1 AND "tgtLang" = $2 AND "pairHash" = $3', [
      pair.srcLang,
      pair.tgtLang,
      pairHashOfNormalized(source, target),
    ]),
  )
}

/**
 * Stores units, one row per language pair and identical (normalized) source and target: a pair already
 * there is replaced by the newer of the two. Returns how many rows were added and how many updated.
 * The word index (`sourceWords`, `targetWords`) is written with the row, and the word counts of the
 * rows added are raised in the same statement.
 */
export async function upsertTmUnits(db: SqlTarget, units: TmUnitInput[]): Promise<{ added: number; updated: number }> {
  const batch = prepareTmBatch(units)
  if (!batch) return { added: 0, updated: 0 }
  return runnerOf(db)((query) => writeTmBatch(query, batch))
}

/**
 * The GIN word indexes take new rows into a pending list, merged into the index once it is full: in
 * bulk, a list of 16 MB instead of 4 MB merges four times less often and more cheaply (a 100,000-unit
 * import: 50 → 42 µs of database CPU a unit, the final merge included). Set for a writer's statements
 * only, so a save's own write never meets a larger merge, and lookups scan no more than 16 MB.
 */
const BULK_PENDING_LIST_KB = 16 * 1024
/**
 * On PGlite every user waits for the one session, and a merge runs inside one statement: 16 MB merged
 * at the end held everyone's saves for half a second during a 20 MB import (longest save 494 → 297 ms
 * with 1 MB; 256 kB did no better). There the list stays at 1 MB, merged in short steps as it fills
 * (docs/decisions/022-pglite-short-transactions.md).
 */
const SHARED_SESSION_PENDING_LIST_KB = 1024
// Merges what is pending into the word indexes when a bulk write ends: lookups then read the index alone.
// One statement an index, so that on PGlite a save can run between the two merges.
const CLEAN_PENDING_WORDS = ['"TmUnit_sourceWords_idx"', '"TmUnit_targetWords_idx"'].map(
  (index) => `SELECT gin_clean_pending_list('${index}'::regclass)`,
)

async function writeBulkTmBatch(
  query: Query,
  batch: PreparedTmBatch,
  pendingListKb: number,
): Promise<{ added: number; updated: number }> {
  await query(`SET gin_pending_list_limit = ${pendingListKb}`, [])
  try {
    return await writeTmBatch(query, batch)
  } finally {
    await query('RESET gin_pending_list_limit', [])
  }
}

/**
 * Gathers the memory's statistics once it holds units, if the planner has never seen any (a new memory;
 * PGlite runs no autovacuum, so there it never would). Without them a batch's lookup of each undated unit
 * by its pair hash went through the (pair, updatedAt) index, reading every unit of the pair for each unit:
 * a second 30,000-unit TMX import held PGlite's one session, and so the whole app, for over 20 minutes.
 * With them the pair-hash key is taken, and stays taken as the memory grows.
 */
async function analyzeUnseenMemory(query: Query): Promise<void> {
  const [table] = await query<{ seen: boolean }>(
    `SELECT reltuples >= 1 AS seen FROM pg_class WHERE oid = '"TmUnit"'::regclass`,
    [],
  )
  if (table && !table.seen) await query('ANALYZE "TmUnit"', [])
}

/** Batches a writer keeps on their way to the database while the next one is prepared. */
const IN_FLIGHT = 2

export type TmWriter = {
  /** Prepares the units now and queues their write; waits only while `IN_FLIGHT` batches are on their way. */
  write: (units: TmUnitInput[]) => Promise<void>
  /**
   * Waits for every write; throws the first failure. `unchanged` counts the units the memory held newer or
   * as they were (a unit repeated in what was written counts there after its first copy).
   */
  finish: () => Promise<{ added: number; updated: number; unchanged: number }>
}

/**
 * A writer for many batches (a TMX import, an aligned document): each batch is prepared while the
 * previous ones are written, on their own connections, so reading the input, preparing rows and the
 * database's work overlap. A failed write is thrown by the next `write` or by `finish`.
 */
export function createTmWriter(db: DbOrTx): TmWriter {
  const run = runnerOf(db)
  // Inside a transaction the statements share one connection: one at a time. On PGlite too: a second
  // batch queued behind the first would run before a save that arrived meanwhile, which then waited
  // for both (a 20 MB import's memory step held saves up to 226 ms; docs/performance.md).
  const oneSession = sharesOneSession(db)
  const depth = rawSqlOf(db) && !oneSession ? IN_FLIGHT : 1
  const pendingListKb = oneSession ? SHARED_SESSION_PENDING_LIST_KB : BULK_PENDING_LIST_KB
  const totals = { added: 0, updated: 0, unchanged: 0 }
  const pending: Array<Promise<void>> = []
  let failure: unknown
  let batches = 0
  const settleOne = async () => {
    await pending.shift()
    if (failure !== undefined) throw failure
  }
  return {
    async write(units) {
      if (failure !== undefined) throw failure
      const batch = prepareTmBatch(units)
      if (!batch) return
      while (pending.length >= depth) await settleOne()
      // Around the first batch: before it (a memory filled by saves and small imports), and once it is in
      // (a new memory), so that the lookups of the batches after it see statistics (analyzeUnseenMemory).
      const first = batches++ === 0
      pending.push(
        run(async (query) => {
          if (first) await analyzeUnseenMemory(query)
          const counts = await writeBulkTmBatch(query, batch, pendingListKb)
          if (first) await analyzeUnseenMemory(query)
          return counts
        }).then(
          (counts) => {
            totals.added += counts.added
            totals.updated += counts.updated
            totals.unchanged += batch.units - counts.added - counts.updated
          },
          (error: unknown) => {
            failure ??= error
          },
        ),
      )
    },
    async finish() {
      while (pending.length > 0) await settleOne()
      if (failure !== undefined) throw failure
      if (totals.added + totals.updated > 0)
        for (const statement of CLEAN_PENDING_WORDS) await run((query) => query(statement, []))
      return { ...totals }
    },
  }
}

async function raiseWordCounts(query: Query, counts: Map<number, number>): Promise<void> {
  if (counts.size === 0) return
  const keys = [...counts.keys()].sort((a, b) => a - b)
  await query(
    'INSERT INTO "TmWordCount" (word, units) SELECT * FROM unnest($1::integer[], $2::integer[]) ' +
      'ON CONFLICT (word) DO UPDATE SET units = "TmWordCount".units + EXCLUDED.units',
    [intArrayLiteral(keys), intArrayLiteral(keys.map((k) => counts.get(k)!))],
  )
}

/**
 * Fills the word index of units stored before it existed (their `sourceWords` is null), a batch at a
 * time; returns how many were indexed. Run at start (`scripts/prepare-db.ts`).
 */
export async function indexUnindexedTmUnits(db: DbOrTx, batch = 2000): Promise<number> {
  let done = 0
  for (;;) {
    const rows = await db.$queryRawUnsafe<
      Array<{ id: string; srcLang: string; tgtLang: string; sourceFold: string; targetFold: string }>
    >(
      'SELECT id, "srcLang", "tgtLang", "sourceFold", "targetFold" FROM "TmUnit" WHERE "sourceWords" IS NULL LIMIT $1',
      batch,
    )
    if (rows.length === 0) return done
    const counts = new Map<number, number>()
    const words = rows.map((r) => {
      const source = wordKeys(wordKeySeed('source', r.srcLang, r.tgtLang), r.sourceFold)
      for (const key of source) counts.set(key, (counts.get(key) ?? 0) + 1)
      return { source, target: wordKeys(wordKeySeed('target', r.srcLang, r.tgtLang), r.targetFold) }
    })
    await db.$executeRawUnsafe(
      'UPDATE "TmUnit" SET "sourceWords" = u.sw::integer[], "targetWords" = u.tw::integer[] ' +
        'FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, sw, tw) WHERE "TmUnit".id = u.id',
      rows.map((r) => r.id),
      words.map((w) => intArrayLiteral(w.source)),
      words.map((w) => intArrayLiteral(w.target)),
    )
    await raiseWordCounts((sql, params) => db.$queryRawUnsafe(sql, ...params), counts)
    done += rows.length
  }
}

const UNIT_COLUMNS =
  'id, source, target, "sourceContent", "targetContent", "prevSource", "nextSource", origin, "documentId", "segmentId", "originLabel", author, status, "updatedAt"'

/** Rows the candidate query may read at most: a sentence of very common words stays bounded. */
const CANDIDATE_ROWS = 20_000
/**
 * Fuzzy candidates for a source from the memory of one pair, through the word index: the units that
 * hold one of the sentence's rarest words, ranked by the share of words they have in common (Dice),
 * best first. The caller scores them exactly (`rankMatches`). A unit saved from `segmentId` is that
 * segment's own translation, not a match for it: it is left out.
 */
export async function findTmCandidates(
  db: DbOrTx,
  {
    srcLang,
    tgtLang,
    text,
    segmentId,
    limit,
  }: { srcLang: string; tgtLang: string; text: string; segmentId?: string; limit: number },
): Promise<TmUnit[]> {
  const keys = wordKeys(wordKeySeed('source', srcLang, tgtLang), foldText(text))
  if (keys.length === 0) return []
  const counts = await db.$queryRawUnsafe<Array<{ word: number; units: number }>>(
    'SELECT word, units FROM "TmWordCount" WHERE word = ANY($1::integer[])',
    keys,
  )
  const chosen = rarestWords(counts, keys.length)
  if (chosen.length === 0) return []
  return db.$queryRawUnsafe<TmUnit[]>(
    'WITH c AS (SELECT id, "sourceWords" AS w FROM "TmUnit" WHERE "sourceWords" && $1::integer[] ' +
      'AND "srcLang" = $2 AND "tgtLang" = $3 AND status <> \'rejected\' AND ($8::text IS NULL OR "segmentId" IS DISTINCT FROM $8) LIMIT $4), ' +
      'best AS (SELECT id, (SELECT count(*) FROM unnest(c.w) k WHERE k = ANY($5::integer[])) * 2.0 / (cardinality(c.w) + $6) AS dice ' +
      'FROM c ORDER BY dice DESC LIMIT $7) ' +
      `SELECT ${UNIT_COLUMNS.split(', ')
        .map((c) => `t.${c}`)
        .join(', ')} FROM best JOIN "TmUnit" t ON t.id = best.id ` +
      'ORDER BY best.dice DESC, t."updatedAt" DESC',
    chosen,
    srcLang,
    tgtLang,
    CANDIDATE_ROWS,
    keys,
    keys.length,
    limit,
    segmentId ?? null,
  )
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Units a substring search walks at most, newest first, for hits inside words. */
const SUBSTRING_SCAN = 100_000

/**
 * Units of one pair whose folded source or target (or either) contains the folded query, newest first:
 * concordance candidates; the caller applies case and diacritics and finds the hits (`findHits`).
 * Whole words and phrases are found through the word index in the whole memory; when that gives fewer
 * than asked, the newest units are also searched for the query inside words (`transl` in `translation`).
 */
export async function searchTmUnits(
  db: DbOrTx,
  options: { srcLang: string; tgtLang: string; query: string; side: 'source' | 'target' | 'both'; limit: number },
): Promise<TmUnit[]> {
  const folded = foldText(options.query)
  if (folded === '') return []
  const pattern = `%${escapeLike(folded)}%`
  const sides = options.side === 'both' ? (['source', 'target'] as const) : [options.side]
  const fold = (side: 'source' | 'target') => (side === 'source' ? '"sourceFold"' : '"targetFold"')
  const indexed = sides
    .map((side, i) => {
      const column = side === 'source' ? '"sourceWords"' : '"targetWords"'
      return `(${column} @> $${5 + i}::integer[] AND ${fold(side)} LIKE $3)`
    })
    .join(' OR ')
  const keys = sides.map((side) => wordKeys(wordKeySeed(side, options.srcLang, options.tgtLang), folded))
  const found =
    keys[0]!.length === 0
      ? []
      : await db.$queryRawUnsafe<TmUnit[]>(
          `SELECT ${UNIT_COLUMNS} FROM "TmUnit" WHERE "srcLang" = $1 AND "tgtLang" = $2 AND (${indexed}) ` +
            'ORDER BY "updatedAt" DESC LIMIT $4',
          options.srcLang,
          options.tgtLang,
          pattern,
          options.limit,
          ...keys,
        )
  if (found.length >= options.limit) return found
  const inside = sides.map((side) => `t.${fold(side)} LIKE $3`).join(' OR ')
  const more = await db.$queryRawUnsafe<TmUnit[]>(
    `SELECT ${UNIT_COLUMNS.split(', ')
      .map((c) => `t.${c}`)
      .join(', ')} FROM (SELECT * FROM "TmUnit" ` +
      'WHERE "srcLang" = $1 AND "tgtLang" = $2 ORDER BY "updatedAt" DESC LIMIT $5) t ' +
      `WHERE ${inside} LIMIT $4`,
    options.srcLang,
    options.tgtLang,
    pattern,
    options.limit,
    SUBSTRING_SCAN,
  )
  const seen = new Set(found.map((u) => u.id))
  return [...found, ...more.filter((u) => !seen.has(u.id))].slice(0, options.limit)
}

/** A page of the units of one pair for export, oldest first, optionally of one origin and changed since a time. */
export async function listTmUnitsPage(
  db: DbOrTx,
  options: {
    srcLang: string
    tgtLang: string
    origin?: string
    since?: Date
    after?: { updatedAt: Date; id: string }
    take: number
  },
): Promise<TmUnit[]> {
  return db.tmUnit.findMany({
    where: {
      srcLang: options.srcLang,
      tgtLang: options.tgtLang,
      ...(options.origin ? { origin: options.origin } : {}),
      ...(options.since ? { updatedAt: { gte: options.since } } : {}),
      ...(options.after
        ? {
            OR: [
              { updatedAt: { gt: options.after.updatedAt } },
              { updatedAt: options.after.updatedAt, id: { gt: options.after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: options.take,
    select: {
      id: true,
      source: true,
      target: true,
      sourceContent: true,
      targetContent: true,
      prevSource: true,
      nextSource: true,
      origin: true,
      documentId: true,
      originLabel: true,
      author: true,
      status: true,
      updatedAt: true,
    },
  }) as Promise<TmUnit[]>
}

/** The language pairs that have a memory, with their sizes. */
export async function listTmPairs(db: DbOrTx): Promise<Array<{ srcLang: string; tgtLang: string; units: number }>> {
  const rows = await db.tmUnit.groupBy({
    by: ['srcLang', 'tgtLang'],
    _count: { _all: true },
    orderBy: [{ srcLang: 'asc' }, { tgtLang: 'asc' }],
  })
  return rows.map((r) => ({ srcLang: r.srcLang, tgtLang: r.tgtLang, units: r._count._all }))
}
