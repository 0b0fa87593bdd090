import { z } from 'zod'
import { ASSIGNMENT_ROLES } from '../db/assignments'
import { LangTagSchema } from '../formats/lang-tag'
import { IdSchema } from './route-params'

/** `PUT /api/documents/:id/assignments`: who translates or reviews a language; `userId: null` clears it. */
export const AssignmentRequestSchema = z.object({
  lang: LangTagSchema,
  role: z.enum(ASSIGNMENT_ROLES),
  userId: IdSchema.nullable(),
})
export type AssignmentRequest = z.input<typeof AssignmentRequestSchema>

/** `GET /api/documents/:id/assignable?lang=`. */
export const AssignableQuerySchema = z.object({ lang: LangTagSchema })

/** `GET /api/documents/:id/activity?limit=`: at most 200 changes. */
export const ActivityQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) })

/** `GET /api/me/work?scope=all`: an admin's view of everyone's assignments. */
export const WorkQuerySchema = z.object({ scope: z.enum(['mine', 'all']).default('mine') })

/** The query string of a request as a plain object, for a schema. */
export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams)
