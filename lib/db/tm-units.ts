import { createHash } from 'node:crypto'
import { foldText, normalizeText } from '../tm/fold-text'
import type { TmUnit, TmUnitInput } from '../tm/tm-unit'
import { hasFormatting } from '../richtext/has-formatting'
import type { RichDoc } from '../richtext/types'
import { newId } from './bulk-insert'
import type { DbOrTx } from './client'

/** One row per pair: the hash of the normalized source and target. */
function pairHashOf(source: string, target: string): string {
  return createHash('sha1').update(normalizeText(source)).update('\u0000').update(normalizeText(target)).digest('hex')
}

/**
 * Stores units, one row per language pair and identical (normalized) source and target: a pair already
 * there is replaced by the newer of the two. Returns how many rows were added and how many updated.
 */
export async function upsertTmUnits(db: DbOrTx, units: TmUnitInput[]): Promise<{ added: number; updated: number }> {
  const newest = new Map<string, TmUnitInput & { hash: string }>()
  for (const unit of units) {
    if (normalizeText(unit.source) === '' || normalizeText(unit.target) === '') continue
    const hash = pairHashOf(unit.source, unit.target)
    const key = `${unit.srcLang}\u0000${unit.tgtLang}\u0000${hash}`
    const seen = newest.get(key)
    if (!seen || seen.updatedAt <= unit.updatedAt) newest.set(key, { ...unit, hash })
  }
  const rows = [...newest.values()]
  if (rows.length === 0) return { added: 0, updated: 0 }
  // Plain text needs no rich copy: it is rebuilt from the text (textToDoc) when read.
  const json = (doc: RichDoc | null | undefined) => (doc && hasFormatting(doc) ? JSON.stringify(doc) : null)
  const result = await db.$queryRawUnsafe<Array<{ inserted: boolean }>>(
    'INSERT INTO "TmUnit" (id, "srcLang", "tgtLang", source, target, "sourceContent", "targetContent", "sourceFold", "targetFold", ' +
      '"prevSource", "nextSource", "pairHash", origin, "documentId", "originLabel", author, status, "createdAt", "updatedAt") ' +
      'SELECT u.* , u.ua FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[], $8::text[], $9::text[], ' +
      '$10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::timestamp[]) ' +
      'AS u(id, sl, tl, s, t, sc, tc, sf, tf, ps, ns, h, o, d, ol, a, st, ua) ' +
      'ON CONFLICT ("srcLang", "tgtLang", "pairHash") DO UPDATE SET source = EXCLUDED.source, target = EXCLUDED.target, ' +
      '"sourceContent" = EXCLUDED."sourceContent", "targetContent" = EXCLUDED."targetContent", "prevSource" = EXCLUDED."prevSource", ' +
      '"nextSource" = EXCLUDED."nextSource", origin = EXCLUDED.origin, "documentId" = EXCLUDED."documentId", ' +
      '"originLabel" = EXCLUDED."originLabel", author = EXCLUDED.author, status = EXCLUDED.status, "updatedAt" = EXCLUDED."updatedAt" ' +
      'WHERE EXCLUDED."updatedAt" >= "TmUnit"."updatedAt" RETURNING (xmax = 0) AS inserted',
    rows.map(() => newId()),
    rows.map((r) => r.srcLang),
    rows.map((r) => r.tgtLang),
    rows.map((r) => r.source),
    rows.map((r) => r.target),
    rows.map((r) => json(r.sourceContent)),
    rows.map((r) => json(r.targetContent)),
    rows.map((r) => foldText(r.source)),
    rows.map((r) => foldText(r.target)),
    rows.map((r) => foldText(r.previousSource ?? '')),
    rows.map((r) => foldText(r.nextSource ?? '')),
    rows.map((r) => r.hash),
    rows.map((r) => r.origin),
    rows.map((r) => r.documentId ?? null),
    rows.map((r) => r.originLabel ?? ''),
    rows.map((r) => r.author ?? null),
    rows.map((r) => r.status),
    rows.map((r) => r.updatedAt.toISOString()),
  )
  const added = result.filter((r) => r.inserted).length
  return { added, updated: result.length - added }
}

const UNIT_COLUMNS =
  'id, source, target, "sourceContent", "targetContent", "prevSource", "nextSource", origin, "documentId", "originLabel", author, status, "updatedAt"'

/**
 * Fuzzy candidates for a source from the memory of one pair, through the trigram index (pg_trgm's `%`,
 * similarity 0.3 or more), most similar first. The caller scores them exactly (`rankMatches`).
 */
export async function findTmCandidates(
  db: DbOrTx,
  { srcLang, tgtLang, text, limit }: { srcLang: string; tgtLang: string; text: string; limit: number },
): Promise<TmUnit[]> {
  const folded = foldText(text)
  if (folded === '') return []
  return db.$queryRawUnsafe<TmUnit[]>(
    `SELECT ${UNIT_COLUMNS} FROM "TmUnit" WHERE "srcLang" = $1 AND "tgtLang" = $2 AND "sourceFold" % $3 ` +
      'ORDER BY similarity("sourceFold", $3) DESC, "updatedAt" DESC LIMIT $4',
    srcLang,
    tgtLang,
    folded,
    limit,
  )
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * Units of one pair whose folded source or target (or either) contains the folded query, newest first:
 * concordance candidates; the caller applies case and diacritics and finds the hits (`findHits`).
 */
export async function searchTmUnits(
  db: DbOrTx,
  options: { srcLang: string; tgtLang: string; query: string; side: 'source' | 'target' | 'both'; limit: number },
): Promise<TmUnit[]> {
  const folded = foldText(options.query)
  if (folded === '') return []
  const pattern = `%${escapeLike(folded)}%`
  const where =
    options.side === 'source'
      ? '"sourceFold" LIKE $3'
      : options.side === 'target'
        ? '"targetFold" LIKE $3'
        : '("sourceFold" LIKE $3 OR "targetFold" LIKE $3)'
  return db.$queryRawUnsafe<TmUnit[]>(
    `SELECT ${UNIT_COLUMNS} FROM "TmUnit" WHERE "srcLang" = $1 AND "tgtLang" = $2 AND ${where} ORDER BY "updatedAt" DESC LIMIT $4`,
    options.srcLang,
    options.tgtLang,
    pattern,
    options.limit,
  )
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
