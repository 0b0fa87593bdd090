import { rememberConfirmedLinks } from '@/lib/server/tm/remember-confirmed-links'
import type { Prisma } from '@prisma/client'
import { InvalidOperationError } from '@/lib/alignment-ops/link-operations'
import { applyPatch } from '@/lib/alignment-ops/link-patch'
import { orderTargets } from '@/lib/alignment-ops/order-targets'
import type { OpLink } from '@/lib/alignment-ops/types'
import { findCoverageProblem } from '@/lib/alignment-ops/validate-links'
import {
  loadLinks,
  recordOperation,
  segmentChange,
  writeLinks,
  writeSegments,
  type AlignmentPlan,
  type SegmentSnapshot,
} from '@/lib/db/alignment-writes'
import type { Db } from '@/lib/db/client'
import { readInPages } from '@/lib/db/read-in-pages'
import { asDoc } from '@/lib/db/rich-json'
import { listSentenceRows, loadTexts, sameSentenceRows } from '@/lib/db/sentence-links'
import { sqlOf } from '@/lib/db/sql'
import type { Actor } from '@/lib/auth/permissions'
import { byWhom, recordLiveEvent } from '@/lib/db/live-events'
import { AppError } from '@/lib/errors'
import { isSameDoc } from '@/lib/richtext/is-same-doc'
import { runCpuTask } from '@/lib/server/workers/cpu-pool'
import { planAlignmentRequest, type AlignmentRequest } from './plan-alignment-request'

export type { AlignmentRequest } from './plan-alignment-request'

const sameContent = (a: OpLink | undefined, b: OpLink) =>
  a !== undefined && a.sources.join() === b.sources.join() && a.targets.join() === b.targets.join()

/**
 * Applies one alignment operation (or an undo or redo) if `version` is still the translation's version:
 * computed purely, written in one transaction, recorded for undo, and the version bumped.
 * A stale version throws `alignment.conflict` with the current version. Confirmed pairs go into the
 * translation memory.
 */
export async function applyAlignmentOperation(
  db: Db,
  input: { documentId: string; lang: string; version: number; request: AlignmentRequest; tab?: string },
  actor: Actor,
): Promise<{ version: number }> {
  const translation = await db.translation.findUnique({
    where: { documentId_lang: { documentId: input.documentId, lang: input.lang } },
    select: {
      id: true,
      lang: true,
      version: true,
      document: { select: { sourceLang: true } },
    },
  })
  if (!translation) throw new AppError('translation.notFound')
  if (translation.version !== input.version) throw new AppError('alignment.conflict', { version: translation.version })
  const links = await loadLinks(db, translation.id)
  let plan: AlignmentPlan
  try {
    plan = await planAlignmentRequest(
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
  // Nothing changed (confirming a confirmed link or pair): no new version and no empty step on the undo stack.
  // An undo or a redo always moves the stack, even over a step that changed nothing.
  const isStep = plan.undoSeq !== undefined || plan.redoSeq !== undefined
  const sentencesChanged =
    patch.sentences !== undefined && !sameSentenceRows(patch.sentences.before, patch.sentences.after)
  if (!isStep && patch.before.length === 0 && patch.after.length === 0 && !patch.segments && !sentencesChanged)
    return { version: input.version }
  const after = applyPatch(links, patch)
  // Ids in order, a page at a time: a long translation's in one statement held other requests (bench:realign).
  const idsInOrder = async (statement: string, id: string) =>
    (await readInPages<{ id: string; position: number }>(sqlOf(db), statement, [id])).map((x) => x.id)
  let targetIds = await idsInOrder(
    'SELECT id, position FROM "TargetSegment" WHERE "translationId" = $1',
    translation.id,
  )
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
      await idsInOrder('SELECT id, position FROM "SourceParagraph" WHERE "documentId" = $1', input.documentId),
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
  if (!patch.sentences) {
    // A new paragraph edit (or the undo of one stored before sentence editing) aligns the sentences of
    // the links it changed; what they held before is kept in the step, so its undo brings them back.
    const afterIds = new Set(patch.after.map((l) => l.id))
    const linkIds = [...changed.map((l) => l.id), ...patch.before.filter((l) => !afterIds.has(l.id)).map((l) => l.id)]
    patch.sentences = {
      linkIds,
      before: await listSentenceRows(db, linkIds),
      // In a worker thread: after a realignment, the changed links can be the whole translation.
      after: await runCpuTask('planSentenceLinks', {
        links: changed,
        texts,
        langs: { sourceLang: translation.document.sourceLang, targetLang: translation.lang },
      }),
    }
  }
  const { linkIds } = patch.sentences
  const linkIdsAfter = new Set(after.map((l) => l.id))
  const sentences = patch.sentences.after.filter((row) => linkIdsAfter.has(row.linkId))

  const result = await db.$transaction(
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
        // A join, a split or their undo must not overwrite anything saved since it was read, text or
        // formatting (bold, a link): the rows are locked and compared inside the transaction, so a save
        // landing meanwhile is never lost. Content, not `version`: a stored undo step's versions go stale.
        const ids = patch.segments.before.map((x) => x.id)
        const current = await tx.$queryRaw<
          Array<{ id: string; text: string; content: Prisma.JsonValue }>
        >`SELECT "id", "text", "content" FROM "TargetSegment" WHERE "id" = ANY(${ids}) FOR UPDATE`
        const byId = new Map(current.map((x) => [x.id, x]))
        const isUnchanged = (expected: SegmentSnapshot) => {
          const found = byId.get(expected.id)
          if (found?.text !== expected.text) return false
          // A step stored without content (none are written so) can only be checked by its text.
          return expected.content == null || isSameDoc(asDoc(found.content), asDoc(expected.content))
        }
        if (!patch.segments.before.every(isUnchanged)) throw new AppError('alignment.segmentEdited')
        await writeSegments(tx, translation.id, patch.segments, targetIds, actor)
      }
      await tx.sentenceLink.deleteMany({ where: { linkId: { in: [...linkIds, ...changed.map((l) => l.id)] } } })
      await writeLinks(tx, translation.id, patch, sentences)
      await recordOperation(tx, translation.id, plan, actor)
      await recordLiveEvent(tx, translation.id, 'links', { version: input.version + 1, ...byWhom(actor, input.tab) })
      return { version: input.version + 1 }
    },
    { timeout: 60_000 },
  )
  // A confirmed pair is a translation a person vouched for: it goes into the memory.
  if (plan.kind.startsWith('confirm'))
    await rememberConfirmedLinks(db, { translationIds: [translation.id], author: actor.name })
  return result
}
