import { z } from 'zod'
import type { Db } from '../db/client'
import { db as sharedDb } from '../db/db'
import { getActingUser, type ActingUser } from '../db/users'
import { readJsonBody } from './read-json-body'
import { handle } from './respond'
import { JSON_BODY_MAX_BYTES } from './schemas'

/** What a route handler gets: the request, its validated params and body, the database and the acting user. */
export type RouteContext<P, B> = {
  request: Request
  params: P
  body: B
  db: Db
  /** The user the request acts as; resolved on first use (the demo editor until sign-in). */
  actor: () => Promise<ActingUser>
}

type RouteOptions<P extends z.ZodType, B extends z.ZodType | undefined> = { params?: P; body?: B }
type Output<S> = S extends z.ZodType ? z.output<S> : undefined
/** The handler Next calls: `(request, { params })`. */
export type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>

const NO_PARAMS = z.object({})

/** Makes `route()` for one database; tests pass their own, the app passes the shared client. */
export function createRoute(getDb: () => Db) {
  /**
   * The one wrapper of every API route: awaits and validates the params (languages canonical), parses
   * a JSON body (bounded before parsing) against its schema, resolves the acting user on demand, and maps AppErrors, validation
   * errors and an unreachable database to their responses (see `handle`).
   */
  return function route<P extends z.ZodType = typeof NO_PARAMS, B extends z.ZodType | undefined = undefined>(
    options: RouteOptions<P, B>,
    handler: (context: RouteContext<Output<P>, Output<B>>) => Promise<Response>,
  ): RouteHandler {
    return (request, context) =>
      handle(request, async () => {
        const params = (options.params ?? NO_PARAMS).parse((await context?.params) ?? {}) as Output<P>
        const body = (
          options.body ? options.body.parse(await readJsonBody(request, JSON_BODY_MAX_BYTES)) : undefined
        ) as Output<B>
        const db = getDb()
        let actor: Promise<ActingUser> | undefined
        return handler({ request, params, body, db, actor: () => (actor ??= getActingUser(db)) })
      })
  }
}

/** The wrapper for the app's routes, on the shared database client. */
export const route = createRoute(() => sharedDb)
