import { z } from 'zod'
import { RichDocSchema } from '../richtext/schema'
import { REQUESTABLE_STATUSES } from '../workbench/segment-states'

export const CreateDocumentSchema = z.object({
  title: z.string().trim().min(1).max(500),
  sourceLang: z.string().trim().min(1).max(35),
  text: z.string().min(1),
  format: z.enum(['text', 'markdown', 'html']).default('text'),
})

/** The largest body `PATCH /api/segments/:id` reads: room for a segment at its limits (lib/richtext/segment-limits). */
export const SEGMENT_REQUEST_MAX_BYTES = 16 * 1024 * 1024

export const PatchSegmentSchema = z
  .object({
    html: z.string().optional(),
    doc: RichDocSchema.optional(),
    status: z.enum(REQUESTABLE_STATUSES).optional(),
    version: z.number().int().positive(),
  })
  .refine((v) => !(v.html !== undefined && v.doc !== undefined), { message: 'validation.oneOfHtmlOrDoc' })
