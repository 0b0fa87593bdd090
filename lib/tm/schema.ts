import { z } from 'zod'
import { LangTagSchema } from '../formats/lang-tag'

/** The language pair of a memory, from a query string (`?srcLang=de&tgtLang=fr`), tags canonical. */
export const TmPairSchema = z.object({ srcLang: LangTagSchema, tgtLang: LangTagSchema })

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true')
const context = z.string().max(20_000).optional()

/**
 * `GET /api/tm/matches` (`POST`: the body): the source to match and, for in-context matches, the sources around it; `segment`,
 * the target segment asking, whose own translation is left out.
 */
export const TmMatchesQuerySchema = TmPairSchema.extend({
  text: z.string().min(1).max(20_000),
  prev: context,
  next: context,
  segment: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
})
export type TmMatchesQuery = z.output<typeof TmMatchesQuerySchema>

/**
 * `POST /api/tm/matches`: the same query as a JSON body, nothing else in it. A URL carries about 16 KB in
 * all, and Cyrillic takes 6 bytes a character percent-encoded: 2,700 characters, not the 20,000 allowed.
 */
export const TmMatchesBodySchema = TmMatchesQuerySchema.strict()

/** `GET /api/tm/concordance`: a word or phrase, which side to search and how strictly. */
export const TmConcordanceQuerySchema = TmPairSchema.extend({
  q: z.string().trim().min(1).max(500),
  side: z.enum(['source', 'target', 'both']).default('both'),
  ignoreCase: flag,
  ignoreDiacritics: flag,
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

/** `GET /api/tm/export`: the whole memory of a pair, or the units of one origin, or those changed since a time. */
export const TmExportQuerySchema = TmPairSchema.extend({
  origin: z.string().min(1).max(1000).optional(),
  since: z.coerce.date().optional(),
})
