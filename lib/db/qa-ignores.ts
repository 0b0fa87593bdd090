import type { DbOrTx } from './client'

/** A check ignored on a segment, as the API answers it. */
export type QaIgnoreView = {
  segmentId: string
  check: string
  reason: string
  /** The segment's text (the checks' plain text) it was ignored on: it holds while the text stays so. */
  targetText: string
  by: string | null
  createdAt: Date
}

const IGNORE = {
  segmentId: true,
  check: true,
  reason: true,
  targetText: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const

type Row = {
  segmentId: string
  check: string
  reason: string
  targetText: string
  createdAt: Date
  createdBy: { name: string } | null
}
const toView = ({ createdBy, ...row }: Row): QaIgnoreView => ({ ...row, by: createdBy?.name ?? null })

/** The checks ignored on one segment. */
export async function listSegmentQaIgnores(db: DbOrTx, segmentId: string): Promise<QaIgnoreView[]> {
  return (await db.qaIgnore.findMany({ where: { segmentId }, select: IGNORE, orderBy: { check: 'asc' } })).map(toView)
}

/** The checks ignored on the segments of a translation. */
export async function listTranslationQaIgnores(db: DbOrTx, translationId: string): Promise<QaIgnoreView[]> {
  return (await db.qaIgnore.findMany({ where: { segment: { translationId } }, select: IGNORE })).map(toView)
}

/** Ignores a check on a segment with a reason, for its current text (again: replaces the reason and text). */
export async function upsertQaIgnore(
  db: DbOrTx,
  input: { segmentId: string; check: string; reason: string; targetText: string; createdById: string | null },
): Promise<QaIgnoreView> {
  const { segmentId, check, ...rest } = input
  const row = await db.qaIgnore.upsert({
    where: { segmentId_check: { segmentId, check } },
    create: { segmentId, check, ...rest },
    update: { ...rest, createdAt: new Date() },
    select: IGNORE,
  })
  return toView(row)
}

/** Takes an ignore back; false when there was none. */
export async function deleteQaIgnore(
  db: DbOrTx,
  { segmentId, check }: { segmentId: string; check: string },
): Promise<boolean> {
  return (await db.qaIgnore.deleteMany({ where: { segmentId, check } })).count > 0
}
