import { Prisma } from '@prisma/client'
import type { SegmentStatus } from '../workbench/segment-states'
import type { LinkPatch, OpLink } from '../alignment-ops/types'
import type { DbOrTx } from './client'
import { readInPages } from './read-in-pages'
import { sqlOf } from './sql'
import { insertSentenceLinks, type LinkRow } from './bulk-insert'
import type { SentenceLinkRow } from './sentence-links'
import type { Actor } from '../auth/permissions'

// The writes of an alignment operation (lib/server/alignment/apply-alignment-operation.ts), each
// called inside its one transaction.

// Older payloads also hold each segment's position; it goes stale as soon as a later operation shifts segments, so it is never read.
export type SegmentSnapshot = {
  id: string
  content: Prisma.JsonValue
  text: string
  wordCount: number
  status: string
  version: number
}
/** The sentence pairs an operation replaced: every row of the links `linkIds`, before and after. */
export type SentenceChange = { linkIds: string[]; before: SentenceLinkRow[]; after: SentenceLinkRow[] }
/**
 * A link patch, with the segments a join or a split rewrites and the sentence pairs it replaces; stored
 * as is for undo. Payloads stored before sentence editing have no `sentences`: their pairs are aligned again.
 */
export type AlignmentPayload = LinkPatch & {
  segments?: { before: SegmentSnapshot[]; after: SegmentSnapshot[] }
  sentences?: SentenceChange
}
/** A planned operation: its kind, its patch, and the undo-stack entry an undo or a redo moves. */
export type AlignmentPlan = { kind: string; patch: AlignmentPayload; undoSeq?: number; redoSeq?: number }

/** The links of a translation in order, as the pure alignment operations take them (read a page at a time). */
export async function loadLinks(db: DbOrTx, translationId: string): Promise<OpLink[]> {
  const rows = await readInPages<Required<LinkRow>>(
    sqlOf(db),
    'SELECT id, position, "sourceIds", "targetIds", confidence, confirmed, origin FROM "AlignmentLink" ' +
      'WHERE "translationId" = $1',
    [translationId],
  )
  return rows.map((r) => ({
    id: r.id,
    sources: r.sourceIds,
    targets: r.targetIds,
    confidence: r.confidence,
    confirmed: r.confirmed,
    origin: r.origin as OpLink['origin'],
  }))
}

/** What a join, a split or their undo changes: the segments that go, and the ones that are new (or come back). */
export function segmentChange(segments: NonNullable<AlignmentPayload['segments']>) {
  const beforeIds = new Set(segments.before.map((s) => s.id))
  const afterIds = new Set(segments.after.map((s) => s.id))
  return {
    removed: [...beforeIds].filter((id) => !afterIds.has(id)),
    added: [...afterIds].filter((id) => !beforeIds.has(id)),
  }
}

/**
 * Writes the segments of a join, a split or their undo, each with a revision for its new version, then
 * renumbers the target positions to `order` (the text order computed by `orderTargets`).
 */
export async function writeSegments(
  tx: Prisma.TransactionClient,
  translationId: string,
  segments: NonNullable<AlignmentPayload['segments']>,
  order: string[],
  actor: Actor,
) {
  const { removed } = segmentChange(segments)
  if (removed.length > 0) {
    // The text of a joined-away segment now lives in the one that stays, and so does its history.
    const kept = segments.after.find((s) => segments.before.some((b) => b.id === s.id))
    if (kept) await tx.revision.updateMany({ where: { segmentId: { in: removed } }, data: { segmentId: kept.id } })
    await tx.targetSegment.deleteMany({ where: { id: { in: removed } } })
  }
  const current = await tx.targetSegment.findMany({
    where: { translationId },
    select: { id: true, position: true, version: true },
  })
  const byId = new Map(current.map((x) => [x.id, x]))
  const positionOf = new Map(order.map((id, position) => [id, position]))
  for (const s of segments.after) {
    const data = {
      content: s.content ?? {},
      text: s.text,
      wordCount: s.wordCount,
      status: s.status as SegmentStatus,
      updatedById: actor.id,
      // A split or joined segment is a person's work now, no longer a pre-translation.
      pretranslation: Prisma.DbNull,
    }
    const existing = byId.get(s.id)
    const version = existing ? existing.version + 1 : s.version
    if (existing) await tx.targetSegment.update({ where: { id: s.id }, data: { ...data, version } })
    else
      await tx.targetSegment.create({
        data: { ...data, id: s.id, translationId, position: positionOf.get(s.id)!, version },
      })
    await tx.revision.create({
      data: { segmentId: s.id, version, content: data.content, text: s.text, status: data.status, authorId: actor.id },
    })
  }
  const moved = current
    .filter((x) => positionOf.get(x.id) !== x.position)
    .map((x) => ({ id: x.id, position: positionOf.get(x.id) }))
  if (moved.length > 0) {
    await tx.$executeRaw`UPDATE "TargetSegment" AS s SET "position" = v."position"
      FROM jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) AS v("id" text, "position" int) WHERE s."id" = v."id"`
  }
}

/** Replaces the window of links a patch covers, shifting the positions of the links after it. */
export async function writeLinks(
  tx: Prisma.TransactionClient,
  translationId: string,
  patch: AlignmentPayload,
  sentences: SentenceLinkRow[],
) {
  const oldById = new Map(patch.before.map((l) => [l.id, l]))
  const kept = new Set(patch.after.map((l) => l.id))
  const removed = patch.before.filter((l) => !kept.has(l.id)).map((l) => l.id)
  if (removed.length > 0) await tx.alignmentLink.deleteMany({ where: { id: { in: removed } } })
  const delta = patch.after.length - patch.before.length
  if (delta !== 0)
    await tx.alignmentLink.updateMany({
      where: { translationId, position: { gte: patch.start + patch.before.length } },
      data: { position: { increment: delta } },
    })
  const rows = patch.after.map((link, k) => ({
    id: link.id,
    position: patch.start + k,
    sourceIds: link.sources,
    targetIds: link.targets,
    confidence: link.confidence,
    confirmed: link.confirmed,
    origin: link.origin,
  }))
  const updated = rows.filter((row) => oldById.has(row.id))
  // One statement for the whole window: a shift or a realign can touch every link of a long document.
  if (updated.length > 0) {
    await tx.$executeRaw`UPDATE "AlignmentLink" AS l SET "position" = v."position", "sourceIds" = v."sourceIds", "targetIds" = v."targetIds",
      "confidence" = v."confidence", "confirmed" = v."confirmed", "origin" = v."origin", "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(updated)}::jsonb) AS v("id" text, "position" int, "sourceIds" text[], "targetIds" text[], "confidence" double precision, "confirmed" boolean, "origin" text)
      WHERE l."id" = v."id"`
  }
  const created = rows.filter((row) => !oldById.has(row.id))
  if (created.length > 0) await tx.alignmentLink.createMany({ data: created.map((row) => ({ ...row, translationId })) })
  await insertSentenceLinks(tx, sentences)
}

/** Moves the undo stack: marks the undone (or redone) step, or records a new step and drops the redo steps it replaces. */
export async function recordOperation(
  tx: Prisma.TransactionClient,
  translationId: string,
  plan: AlignmentPlan,
  actor: Actor,
): Promise<void> {
  if (plan.undoSeq !== undefined)
    await tx.alignmentOperation.update({
      where: { translationId_seq: { translationId, seq: plan.undoSeq } },
      data: { undone: true },
    })
  else if (plan.redoSeq !== undefined)
    await tx.alignmentOperation.update({
      where: { translationId_seq: { translationId, seq: plan.redoSeq } },
      data: { undone: false },
    })
  else {
    await tx.alignmentOperation.deleteMany({ where: { translationId, undone: true } })
    const last = await tx.alignmentOperation.findFirst({
      where: { translationId },
      orderBy: { seq: 'desc' },
      select: { seq: true },
    })
    await tx.alignmentOperation.create({
      data: {
        translationId,
        seq: (last?.seq ?? 0) + 1,
        kind: plan.kind,
        payload: plan.patch as unknown as Prisma.InputJsonValue,
        authorId: actor.id,
      },
    })
  }
}
