import { z } from 'zod'
import { SEGMENT_STATUSES } from '@/lib/workbench/segment-states'
import { STATUS_FILTERS } from './export-options'

/** Name and version written in every JSON export. */
export const PARALLEL_JSON_FORMAT = 'parallel-export'
export const PARALLEL_JSON_VERSION = 1

const MarkSchema = z.union([
  z.object({ type: z.enum(['bold', 'italic', 'underline', 'superscript', 'subscript']) }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: z.string() }) }),
])
const InlineSchema = z.union([
  z.object({ type: z.literal('text'), text: z.string(), marks: z.array(MarkSchema).optional() }),
  z.object({ type: z.literal('hardBreak') }),
])
/** Tiptap JSON of a segment, restricted to the editor's schema. */
export const RichDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(z.object({ type: z.literal('paragraph'), content: z.array(InlineSchema).optional() })),
})

const Time = z.string().describe('ISO 8601 date-time')
const Formatted = { text: z.string(), html: z.string().optional(), doc: RichDocSchema.optional() }

const CommentSchema = z.object({ author: z.string(), text: z.string(), createdAt: Time })
const SegmentSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  status: z.enum(SEGMENT_STATUSES),
  version: z.number().int(),
  ...Formatted,
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  createdAt: Time,
  updatedAt: Time,
  comments: z.array(CommentSchema),
})
const SentencePartSchema = z.union([z.string(), RichDocSchema])
const LinkSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  linkType: z.string().describe("source paragraphs : target segments, e.g. '2:1'"),
  sourceParagraphIds: z.array(z.string()),
  sourcePositions: z.array(z.number().int()),
  targetSegmentIds: z.array(z.string()),
  confidence: z.number().min(0).max(1).nullable(),
  confirmed: z.boolean(),
  sentenceLinks: z
    .array(
      z.object({
        source: z.array(SentencePartSchema),
        target: z.array(SentencePartSchema),
        confidence: z.number().nullable(),
      }),
    )
    .optional(),
})
const TargetSchema = z.object({
  lang: z.string(),
  translationId: z.string(),
  status: z.enum(SEGMENT_STATUSES).describe('the least finished status of the segments'),
  linkType: z.string(),
  confidence: z.number().nullable(),
  confirmed: z.boolean(),
  ...Formatted,
  createdBy: z.string().nullable(),
  createdAt: Time.nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: Time.nullable(),
  links: z.array(LinkSchema),
  segments: z.array(SegmentSchema),
})
/** One exported unit (a link, or a sentence link at sentence level); also one JSON Lines line. */
export const JsonRecordSchema = z.object({
  document: z.string().optional().describe('document id; JSON Lines only'),
  unit: z.number().int().min(1),
  level: z.enum(['paragraph', 'sentence']),
  sentence: z.number().int().min(1).optional(),
  source: z.object({
    lang: z.string(),
    ...Formatted,
    paragraphs: z.array(z.object({ id: z.string(), position: z.number().int(), ...Formatted })),
  }),
  targets: z.array(TargetSchema),
})
export type JsonRecord = z.infer<typeof JsonRecordSchema>

/** The whole JSON export. */
export const ParallelJsonSchema = z.object({
  format: z.literal(PARALLEL_JSON_FORMAT),
  version: z.literal(PARALLEL_JSON_VERSION),
  exportedAt: Time,
  options: z.object({
    languages: z.array(z.string()),
    statuses: z.enum(STATUS_FILTERS),
    formatting: z.enum(['formatted', 'plain']),
    unit: z.enum(['paragraph', 'sentence']),
    includeEmpty: z.boolean(),
    includeUnaligned: z.boolean(),
  }),
  document: z.object({
    id: z.string(),
    title: z.string(),
    sourceLang: z.string(),
    origin: z
      .object({
        sourceName: z.string().optional(),
        date: z.string().optional(),
        copyright: z.string().optional(),
        url: z.string().optional(),
      })
      .optional(),
    createdAt: Time,
    updatedAt: Time,
  }),
  languages: z.object({ source: z.string(), targets: z.array(z.string()) }),
  translations: z.array(z.object({ id: z.string(), lang: z.string(), createdAt: Time, updatedAt: Time })),
  links: z.array(JsonRecordSchema),
})
export type ParallelJson = z.infer<typeof ParallelJsonSchema>

/** The JSON Schema published at public/schemas/parallel-export-v1.schema.json. */
export function parallelJsonSchemaDocument(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://parallel.example/schemas/parallel-export-v1.schema.json',
    title: 'Parallel export, version 1',
    ...z.toJSONSchema(ParallelJsonSchema, { target: 'draft-2020-12' }),
    $defs: { record: z.toJSONSchema(JsonRecordSchema, { target: 'draft-2020-12' }) },
  }
}
