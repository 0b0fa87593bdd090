import { z } from 'zod'
import { AppError } from '../errors'
import { RichDocSchema } from '../richtext/schema'
import { REQUESTABLE_STATUSES } from '../workbench/segment-states'

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** True for text PostgreSQL can store: no NUL and no lone UTF-16 surrogate. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text)
}

/** A string that can be stored; anything else is the issue `validation.text`. */
export const StorableTextSchema = z.string().refine(isStorableText, { message: 'validation.text' })

/** A form field or query value that will be stored or used in a query; throws `validation.text` for a NUL or a lone surrogate. */
export function storableText(value: string, field: string): string {
  if (!isStorableText(value)) throw new AppError('validation.text', { field })
  return value
}

/** A document title: storable text, trimmed, at most 500 characters (empty where a title is optional). */
export const TitleSchema = StorableTextSchema.trim().max(500)

/** An uploaded file's name: storable text of at most 255 characters. */
export const FileNameSchema = StorableTextSchema.max(255)

/** Checks a file name read outside a schema (raw and multipart uploads) by the same rule as `FileNameSchema`. */
export function storableFileName(name: string): string {
  storableText(name, 'fileName')
  if (!FileNameSchema.safeParse(name).success) throw new AppError('validation.invalid', { field: 'fileName' })
  return name
}

export const CreateDocumentSchema = z.object({
  title: TitleSchema.min(1),
  sourceLang: z.string().trim().min(1).max(35),
  text: z.string().min(1),
  format: z.enum(['text', 'markdown', 'html']).default('text'),
})

/** The largest JSON body a route reads (every route, through `route()`): room for one segment at its limits (lib/richtext/segment-limits). */
export const JSON_BODY_MAX_BYTES = 16 * 1024 * 1024

export const PatchSegmentSchema = z
  .object({
    html: z.string().optional(),
    doc: RichDocSchema.optional(),
    status: z.enum(REQUESTABLE_STATUSES).optional(),
    version: z.number().int().positive(),
  })
  .refine((v) => !(v.html !== undefined && v.doc !== undefined), { message: 'validation.oneOfHtmlOrDoc' })

/** `POST /api/segments/:id/restore`: the revision to bring back, and the segment's version the client saw. */
export const RestoreRevisionSchema = z.object({
  version: z.number().int().positive(),
  currentVersion: z.number().int().positive(),
})
/** The most segments one bulk approval may list. */
export const BULK_APPROVE_MAX = 10_000

/** `POST …/translations/:lang/approve`: listed segments, or every translated one (`filter`), not both. */
export const ApproveSegmentsSchema = z
  .object({
    segmentIds: z.array(z.string().min(1).max(100)).min(1).max(BULK_APPROVE_MAX).optional(),
    filter: z
      .object({ status: z.literal('translated') })
      .strict()
      .optional(),
    versions: z
      .record(z.string().max(100), z.number().int().positive())
      .refine((v) => Object.keys(v).length <= BULK_APPROVE_MAX, { message: 'validation.invalid' })
      .optional(),
  })
  .strict()
  .refine((v) => (v.segmentIds === undefined) !== (v.filter === undefined), { message: 'validation.invalid' })
