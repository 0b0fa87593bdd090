import { randomUUID } from 'node:crypto'
import type { Prisma, SegmentStatus } from '@prisma/client'
import { joinRichDocs } from '@/lib/alignment-ops/join-rich-docs'
import { splitRichDoc } from '@/lib/alignment-ops/split-rich-doc'
import { applyLinkOperation, InvalidOperationError, type LinkOperation } from '@/lib/alignment-ops/link-operations'
import { applyPatch, diffLinks } from '@/lib/alignment-ops/link-patch'
import { orderTargets } from '@/lib/alignment-ops/order-targets'
import { realignUnconfirmed } from '@/lib/alignment-ops/realign-unconfirmed'
import type { LinkPatch, OpLink } from '@/lib/alignment-ops/types'
import { findCoverageProblem } from '@/lib/alignment-ops/validate-links'
import { AppError } from '@/lib/errors'
import { countWords, docToText } from '@/lib/richtext/doc-to-text'
import { emptyDoc } from '@/lib/richtext/schema'
import type { Db, DbOrTx } from '@/lib/db/client'
import { asDoc } from '@/lib/db/rich-json'
import { planSentenceLinks, loadTexts } from '@/lib/db/sentence-links'
import type { ActingUser } from '@/lib/db/users'

export type AlignmentRequest =
  | LinkOperation
  | { op: 'realign' }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'join-segments'; linkId: string; index: number }
  | { op: 'split-segment'; linkId: string; index: number; offset: number }
  | { op: 'add-segment'; linkId: string }
// Older payloads also hold each segment's position; it goes stale as soon as a later operation shifts segments, so it is never read.
type SegmentSnapshot = {
  id: string
  content: Prisma.JsonValue
  text: string
  wordCount: number
  status: string
  version: number
}
type Payload = LinkPatch & { segments?: { before: SegmentSnapshot[]; after: SegmentSnapshot[] } }
type Plan = { kind: string; patch: Payload; undoSeq?: number; redoSeq?: number }

const newId = () => randomUUID()

async function loadLinks(db: DbOrTx, translationId: string): Promise<OpLink[]> {
  const rows = await db.alignmentLink.findMany({
    where: { translationId },
    orderBy: { position: 'asc' },
    select: { id: true, sourceIds: true, targetIds: true, confidence: true, confirmed: true, origin: true },
  })
  return rows.map((r) => ({
    id: r.id,
    sources: r.sourceIds,
    targets: r.targetIds,
    confidence: r.confidence,
    confirmed: r.confirmed,
    origin: r.origin as OpLink['origin'],
  }))
}

const SEGMENT_SELECT = { id: true, content: true, text: true, wordCount: true, status: true, version: true } as const

async function planJoinSegments(db: DbOrTx, links: OpLink[], linkId: string, index: number): Promise<Payload> {
  const link = links.find((l) => l.id === linkId)
  const [firstId, secondId] = [link?.targets[index], link?.targets[index + 1]]
  if (!link || !firstId || !secondId) throw new AppError('alignment.invalidOperation')
  const first = await db.targetSegment.findUniqueOrThrow({ where: { id: firstId }, select: SEGMENT_SELECT })
  const second = await db.targetSegment.findUniqueOrThrow({ where: { id: secondId }, select: SEGMENT_SELECT })
  const content = joinRichDocs(asDoc(first.content), asDoc(second.content))
  const text = docToText(content)
  const joined = { ...first, content, text, wordCount: countWords(text), version: first.version + 1 }
  const after = links.map((l) =>
    l.id === linkId
      ? {
          ...l,
          targets: l.targets.filter((id) => id !== secondId),
          confidence: null,
          confirmed: false,
          origin: 'manual' as const,
        }
      : l,
  )
  return { ...diffLinks(links, after), segments: { before: [first, second], after: [joined] } }
}

/** Gives a paragraph with no counterpart (1:0) an empty target segment, so it can be translated. */
function planAddSegment(links: OpLink[], linkId: string): Payload {
  const link = links.find((l) => l.id === linkId)
  if (!link || link.sources.length === 0 || link.targets.length > 0) throw new AppError('alignment.invalidOperation')
  const content = emptyDoc() as unknown as Prisma.JsonValue
  const added = { id: newId(), content, text: '', wordCount: 0, status: 'empty', version: 1 }
  const after = links.map((l) =>
    l.id === linkId ? { ...l, targets: [added.id], confidence: null, confirmed: true, origin: 'manual' as const } : l,
  )
  return { ...diffLinks(links, after), segments: { before: [], after: [added] } }
}

async function planSplitSegment(
  db: DbOrTx,
  links: OpLink[],
  linkId: string,
  index: number,
  offset: number,
): Promise<Payload> {
  const link = links.find((l) => l.id === linkId)
  const segmentId = link?.targets[index]
  if (!link || !segmentId) throw new AppError('alignment.invalidOperation')
  const segment = await db.targetSegment.findUniqueOrThrow({ where: { id: segmentId }, select: SEGMENT_SELECT })
  const halves = splitRichDoc(asDoc(segment.content), offset).map((content) => ({ content, text: docToText(content) }))
  if (halves.some((half) => half.text === '')) throw new AppError('alignment.invalidOperation')
  const [head, tail] = halves as [(typeof halves)[number], (typeof halves)[number]]
  const added = {
    id: newId(),
    content: tail.content,
    text: tail.text,
    wordCount: countWords(tail.text),
    status: segment.status,
    version: 1,
  }
  const kept = { ...segment, content: head.content, text: head.text, wordCount: countWords(head.text) }
  const targets = [...link.targets.slice(0, index + 1), added.id, ...link.targets.slice(index + 1)]
  const after = links.map((l) =>
    l.id === linkId ? { ...l, targets, confidence: null, confirmed: false, origin: 'manual' as const } : l,
  )
  return { ...diffLinks(links, after), segments: { before: [segment], after: [kept, added] } }
}

async function planRequest(
  db: DbOrTx,
  translation: { id: string; lang: string; sourceLang: string },
  links: OpLink[],
  request: AlignmentRequest,
): Promise<Plan> {
  if (request.op === 'undo' || request.op === 'redo') {
    const isUndo = request.op === 'undo'
    const operation = await db.alignmentOperation.findFirst({
      where: { translationId: translation.id, undone: !isUndo },
      orderBy: { seq: isUndo ? 'desc' : 'asc' },
      select: { seq: true, kind: true, payload: true },
    })
    if (!operation) throw new AppError(isUndo ? 'alignment.nothingToUndo' : 'alignment.nothingToRedo')
    const stored = operation.payload as unknown as Payload
    const reversed: Payload = {
      start: stored.start,
      before: stored.after,
      after: stored.before,
      segments: stored.segments && { before: stored.segments.after, after: stored.segments.before },
    }
    const patch = isUndo ? reversed : stored
    applyPatch(links, { start: patch.start, before: patch.before, after: patch.after })
    return { kind: operation.kind, patch, ...(isUndo ? { undoSeq: operation.seq } : { redoSeq: operation.seq }) }
  }
  if (request.op === 'split-segment')
    return { kind: request.op, patch: await planSplitSegment(db, links, request.linkId, request.index, request.offset) }
  if (request.op === 'add-segment') return { kind: request.op, patch: planAddSegment(links, request.linkId) }
  if (request.op === 'join-segments')
    return { kind: request.op, patch: await planJoinSegments(db, links, request.linkId, request.index) }
  if (request.op === 'realign') {
    const texts = await loadTexts(db, {
      sourceIds: links.flatMap((l) => l.sources),
      targetIds: links.flatMap((l) => l.targets),
    })
    return {
      kind: 'realign',
      patch: diffLinks(
        links,
        realignUnconfirmed(links, texts, { sourceLang: translation.sourceLang, targetLang: translation.lang }, newId),
      ),
    }
  }
  return { kind: request.op, patch: diffLinks(links, applyLinkOperation(links, request, newId)) }
}

const sameContent = (a: OpLink | undefined, b: OpLink) =>
  a !== undefined && a.sources.join() === b.sources.join() && a.targets.join() === b.targets.join()

/** What a join, a split or their undo changes: the segments that go, and the ones that are new (or come back). */
function segmentChange(segments: NonNullable<Payload['segments']>) {
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
async function writeSegments(
  tx: Prisma.TransactionClient,
  translationId: string,
  segments: NonNullable<Payload['segments']>,
  order: string[],
  actor: ActingUser,
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
async function writeLinks(
  tx: Prisma.TransactionClient,
  translationId: string,
  patch: Payload,
  sentences: ReturnType<typeof planSentenceLinks>,
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
  if (sentences.length > 0) await tx.sentenceLink.createMany({ data: sentences })
}

/**
 * Applies one alignment operation (or an undo or redo) if `version` is still the translation's version:
 * computed purely, written in one transaction, recorded for undo, and the version bumped.
 * A stale version throws `alignment.conflict` with the current version.
 */
export async function applyAlignmentOperation(
  db: Db,
  input: { documentId: string; lang: string; version: number; request: AlignmentRequest },
  actor: ActingUser,
): Promise<{ version: number }> {
  const translation = await db.translation.findUnique({
    where: { documentId_lang: { documentId: input.documentId, lang: input.lang } },
    select: {
      id: true,
      lang: true,
      version: true,
      document: { select: { sourceLang: true, paragraphs: { orderBy: { position: 'asc' }, select: { id: true } } } },
    },
  })
  if (!translation) throw new AppError('translation.notFound')
  if (translation.version !== input.version) throw new AppError('alignment.conflict', { version: translation.version })
  const links = await loadLinks(db, translation.id)
  let plan: Plan
  try {
    plan = await planRequest(
      db,
      { id: translation.id, lang: translation.lang, sourceLang: translation.document.sourceLang },
      links,
      input.request,
    )
  } catch (error) {
    if (error instanceof InvalidOperationError || (error instanceof Error && /cannot be replayed/.test(error.message)))
      throw new AppError('alignment.invalidOperation')
    throw error
  }
  const { patch } = plan
  // Nothing changed (confirming a confirmed link): no new version and no empty step on the undo stack.
  if (patch.before.length === 0 && patch.after.length === 0 && !patch.segments) return { version: input.version }
  const after = applyPatch(links, patch)
  let targetIds = (
    await db.targetSegment.findMany({
      where: { translationId: translation.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true },
    })
  ).map((x) => x.id)
  if (patch.segments) {
    try {
      targetIds = orderTargets(targetIds, segmentChange(patch.segments), after)
    } catch (error) {
      if (error instanceof InvalidOperationError) throw new AppError('alignment.invalidOperation')
      throw error
    }
  }
  if (
    findCoverageProblem(
      after,
      translation.document.paragraphs.map((p) => p.id),
      targetIds,
    )
  )
    throw new AppError('alignment.invalidOperation')
  const oldById = new Map(links.map((l) => [l.id, l]))
  const changed = patch.after.filter(
    (l) => !sameContent(oldById.get(l.id), l) || patch.segments?.after.some((s) => l.targets.includes(s.id)),
  )
  const texts = await loadTexts(db, {
    sourceIds: changed.flatMap((l) => l.sources),
    targetIds: changed.flatMap((l) => l.targets),
  })
  for (const s of patch.segments?.after ?? []) texts.target.set(s.id, s.text)
  const sentences = planSentenceLinks(changed, texts, {
    sourceLang: translation.document.sourceLang,
    targetLang: translation.lang,
  })

  return db.$transaction(
    async (tx) => {
      const bumped = await tx.translation.updateMany({
        where: { id: translation.id, version: input.version },
        data: { version: { increment: 1 } },
      })
      if (bumped.count === 0)
        throw new AppError('alignment.conflict', {
          version: (await tx.translation.findUnique({ where: { id: translation.id }, select: { version: true } }))
            ?.version,
        })
      if (patch.segments) {
        // A join, a split or their undo must not overwrite text someone typed since it was read: the rows
        // are locked and compared inside the transaction, so a save landing meanwhile is never lost.
        const ids = patch.segments.before.map((x) => x.id)
        const current = await tx.$queryRaw<
          Array<{ id: string; text: string }>
        >`SELECT "id", "text" FROM "TargetSegment" WHERE "id" = ANY(${ids}) FOR UPDATE`
        const textOf = new Map(current.map((x) => [x.id, x.text]))
        if (patch.segments.before.some((x) => textOf.get(x.id) !== x.text))
          throw new AppError('alignment.segmentEdited')
        await writeSegments(tx, translation.id, patch.segments, targetIds, actor)
      }
      await tx.sentenceLink.deleteMany({ where: { linkId: { in: changed.map((l) => l.id) } } })
      await writeLinks(tx, translation.id, patch, sentences)
      if (plan.undoSeq !== undefined)
        await tx.alignmentOperation.update({
          where: { translationId_seq: { translationId: translation.id, seq: plan.undoSeq } },
          data: { undone: true },
        })
      else if (plan.redoSeq !== undefined)
        await tx.alignmentOperation.update({
          where: { translationId_seq: { translationId: translation.id, seq: plan.redoSeq } },
          data: { undone: false },
        })
      else {
        await tx.alignmentOperation.deleteMany({ where: { translationId: translation.id, undone: true } })
        const last = await tx.alignmentOperation.findFirst({
          where: { translationId: translation.id },
          orderBy: { seq: 'desc' },
          select: { seq: true },
        })
        await tx.alignmentOperation.create({
          data: {
            translationId: translation.id,
            seq: (last?.seq ?? 0) + 1,
            kind: plan.kind,
            payload: patch as unknown as Prisma.InputJsonValue,
            authorId: actor.id,
          },
        })
      }
      return { version: input.version + 1 }
    },
    { timeout: 60_000 },
  )
}
