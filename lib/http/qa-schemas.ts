import { z } from 'zod'
import { QA_CHECK_IDS } from '../qa/types'
import { SEGMENT_LIMITS } from '../richtext/segment-limits'
import { StorableTextSchema } from './schemas'

/** The longest reason for ignoring a check. */
export const QA_REASON_MAX_LENGTH = 1_000

/** `POST /api/segments/:id/qa-ignores`: ignore a check on the segment's text as the person sees it. */
export const QaIgnoreSchema = z.object({
  check: z.enum(QA_CHECK_IDS),
  reason: StorableTextSchema.trim().min(1).max(QA_REASON_MAX_LENGTH),
  /** The segment's text (the checks' plain text) the warning was shown on. */
  text: z.string().max(SEGMENT_LIMITS.characters + 2 * SEGMENT_LIMITS.nodes),
})
export type QaIgnoreRequest = z.input<typeof QaIgnoreSchema>

/** `DELETE /api/segments/:id/qa-ignores?check=`. */
export const QaUnignoreQuerySchema = z.object({ check: z.enum(QA_CHECK_IDS) })
