import { z } from 'zod'
import { LangTagSchema } from '../formats/lang-tag'
import { GLOSSARY_MAX_PAGE_SIZE, GLOSSARY_PAGE_SIZE } from '../glossary/term-page'
import { decodeTermCursor } from '../db/glossary'
import { IdSchema } from './route-params'

const differ = (pair: { srcLang: string; tgtLang: string }) => pair.srcLang !== pair.tgtLang
const PairFields = { srcLang: LangTagSchema, tgtLang: LangTagSchema }

const CursorSchema = z
  .string()
  .max(3000)
  .transform((cursor, ctx) => decodeTermCursor(cursor) ?? (ctx.addIssue({ code: 'custom' }), z.NEVER))

/** `GET /api/glossary/terms`: a pair, an optional search, and a page: the first, or the one `after` or `before` a cursor. */
export const ListTermsQuerySchema = z
  .object({
    ...PairFields,
    q: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(GLOSSARY_MAX_PAGE_SIZE).default(GLOSSARY_PAGE_SIZE),
    after: CursorSchema.optional(),
    before: CursorSchema.optional(),
  })
  .refine(differ, { message: 'glossary.samePair' })
  .refine((query) => !(query.after && query.before), { path: ['before'] })

/** `GET /api/glossary/matches`: a pair and the source text (plain) to find terms in. */
export const MatchesQuerySchema = z
  .object({ ...PairFields, text: z.string().max(20_000) })
  .refine(differ, { message: 'glossary.samePair' })

/** `GET /api/glossary/export`, `POST /api/glossary/import`: a pair and the file format (import: else from the file). */
export const FileQuerySchema = z
  .object({ ...PairFields, format: z.enum(['csv', 'tbx']).optional() })
  .refine(differ, { message: 'glossary.samePair' })

/** A term pair's fields as sent; `normalizeTerm` (lib/glossary) then applies the glossary's rules. */
const TermFieldsSchema = {
  sourceTerm: z.string().max(2000),
  targetTerm: z.string().max(2000),
  partOfSpeech: z.string().max(50).optional(),
  definition: z.string().max(10_000).optional(),
  note: z.string().max(10_000).optional(),
  forbidden: z.array(z.string().max(2000)).max(100).optional(),
}

/** `POST /api/glossary/terms` */
export const CreateTermSchema = z
  .object({ ...PairFields, ...TermFieldsSchema })
  .strict()
  .refine(differ, { message: 'glossary.samePair' })

/** `PATCH /api/glossary/terms/:id`: every field, and the version it was read at. */
export const PatchTermSchema = z.object({ ...TermFieldsSchema, version: z.number().int() }).strict()

/** `/api/glossary/terms/:id` */
export const TermParams = z.object({ id: IdSchema })
