import type { DbOrTx } from '../../db/client'
import { upsertQaIgnore, type QaIgnoreView } from '../../db/qa-ignores'
import { AppError } from '../../errors'
import type { QaCheckId } from '../../qa/types'

/**
 * Ignores a check on a segment with a reason, for the text the person saw the warning on (their
 * unsaved typing becomes the saved text within moments). Throws `segment.notFound`.
 */
export async function ignoreQaCheck(
  db: DbOrTx,
  input: { segmentId: string; check: QaCheckId; reason: string; text: string },
  actor: { id: string },
): Promise<QaIgnoreView> {
  const segment = await db.targetSegment.findUnique({ where: { id: input.segmentId }, select: { id: true } })
  if (!segment) throw new AppError('segment.notFound')
  return upsertQaIgnore(db, {
    segmentId: input.segmentId,
    check: input.check,
    reason: input.reason,
    targetText: input.text,
    createdById: actor.id || null,
  })
}
