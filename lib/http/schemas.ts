import { z } from 'zod'
import { decodeCommentCursor, type CommentCursor } from '../db/comments'
import { AppError } from '../errors'
import { ERROR_CATEGORIES, ERROR_SEVERITIES } from '../review/error-marks'
import { RichDocSchema } from '../richtext/schema'
import { REQUESTABLE_STATUSES } from '../workbench/segment-states'

import { normalizeTitle, TITLE_MAX_LENGTH } from '../text/normalize-title'
import { isStorableText } from '../text/storable-text'

export { isStorableText }

/** A string that can be stored; anything else is the issue `validation.text`. */
export const StorableTextSchema = z.string().refine(isStorableText, { message: 'validation.text' })

/** A form field or query value that will be stored or used in a query; throws `validation.text` for a NUL or a lone surrogate. */
export function storableText(value: string, field: string): string {
  if (!isStorableText(value)) throw new AppError('validation.text', { field })
  return value
}

/**
 * A document title: storable text on one line (line breaks, tabs and control characters collapse into
 * single spaces), trimmed, at most 500 characters (empty where a title is optional).
 */
export const TitleSchema = StorableTextSchema.overwrite(normalizeTitle).max(TITLE_MAX_LENGTH)

/**
 * A version the client read and sends back (a segment's, a revision's, an alignment's): a whole number
 * from 1, as every version starts at 1. Missing, fractional or smaller is `validation.version`.
 */
export const VersionSchema = z
  .number({ error: 'validation.version' })
  .int({ error: 'validation.version' })
  .min(1, { error: 'validation.version' })

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

/** The longest comment, and the longest reason for a rejection. */
export const COMMENT_MAX_LENGTH = 10_000

/** A comment's text: storable, trimmed, 1 to 10,000 characters. */
export const CommentBodySchema = StorableTextSchema.trim().min(1).max(COMMENT_MAX_LENGTH)

/** An optional error mark (lib/review/error-marks.ts): a category and a severity, both or neither. */
const MarkFields = {
  category: z.enum(ERROR_CATEGORIES).optional(),
  severity: z.enum(ERROR_SEVERITIES).optional(),
}
const isWholeMark = (v: { category?: string; severity?: string }) =>
  (v.category === undefined) === (v.severity === undefined)

export const PatchSegmentSchema = z
  .object({
    html: z.string().optional(),
    doc: RichDocSchema.optional(),
    status: z.enum(REQUESTABLE_STATUSES).optional(),
    version: VersionSchema,
    /** The reviewer's reason (needed to reject) or note, stored as a comment with the mark. */
    comment: StorableTextSchema.trim().max(COMMENT_MAX_LENGTH).optional(),
    ...MarkFields,
  })
  .refine((v) => !(v.html !== undefined && v.doc !== undefined), { message: 'validation.oneOfHtmlOrDoc' })
  .refine(isWholeMark, { message: 'comment.invalidMark' })

/** `POST /api/segments/:id/comments`: a new thread (with an optional mark) or a reply (`parentId`, no mark). */
export const CreateCommentSchema = z
  .object({ body: CommentBodySchema, parentId: z.string().min(1).max(100).optional(), ...MarkFields })
  .refine(isWholeMark, { message: 'comment.invalidMark' })
  .refine((v) => v.parentId === undefined || v.category === undefined, { message: 'comment.invalidMark' })
export type CreateComment = z.infer<typeof CreateCommentSchema>

/** Comments (or threads) a page of a comments list holds when not asked otherwise, and the most it may hold. */
export const COMMENT_PAGE_SIZE = 50
export const COMMENT_MAX_PAGE_SIZE = 100

/** An `after` cursor of the kind the list issues as `next` (`isIssued`); any other string fails validation. */
const commentCursorOf = <T extends CommentCursor>(isIssued: (cursor: CommentCursor) => cursor is T) =>
  z
    .string()
    .max(300)
    .transform((cursor, ctx) => {
      const keys = decodeCommentCursor(cursor)
      return keys && isIssued(keys) ? keys : (ctx.addIssue({ code: 'custom' }), z.NEVER)
    })
    .optional()

/** `GET /api/segments/:id/comments`: the newest page, or the one `after` a cursor (earlier comments). */
export const ListCommentsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(COMMENT_MAX_PAGE_SIZE).default(COMMENT_PAGE_SIZE),
  after: commentCursorOf((c): c is Omit<CommentCursor, 'position'> => c.position === undefined),
})

/** `GET /api/documents/:id/translations/:lang/comments`: the first page of threads, or the one `after` a cursor. */
export const ListThreadsQuerySchema = ListCommentsQuerySchema.extend({
  after: commentCursorOf((c): c is Required<CommentCursor> => c.position !== undefined),
})

/** `PATCH /api/comments/:id`: resolve or reopen a thread. */
export const ResolveCommentSchema = z.object({ resolved: z.boolean() })

/** `POST /api/segments/:id/restore`: the revision to bring back, and the segment's version the client saw. */
export const RestoreRevisionSchema = z.object({
  version: VersionSchema,
  currentVersion: VersionSchema.optional(),
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
      .record(z.string().max(100), VersionSchema)
      .refine((v) => Object.keys(v).length <= BULK_APPROVE_MAX, { message: 'validation.invalid' })
      .optional(),
  })
  .strict()
  .refine((v) => (v.segmentIds === undefined) !== (v.filter === undefined), { message: 'validation.invalid' })

/** `POST …/translations/:lang/pretranslate`: fill from 100% and in-context matches (`exact`, the default) or in-context ones only. */
export const PretranslateSchema = z.object({ minimum: z.enum(['exact', 'context']).optional() }).strict()

/** `POST …/translations/:lang/presence`: which segment the events stream `clientId` has open (null: none). */
export const PresenceSchema = z.object({
  clientId: z.string().min(1).max(100),
  segmentId: z.string().min(1).max(100).nullable(),
})
