import { z } from 'zod'
import { resolveActor, isCrossSite } from '../auth/actor'
import { ownOrigin, type Auth } from '../auth/auth'
import { authorize, can, type Action, type Actor } from '../auth/permissions'
import { getAuth } from '../auth/server-auth'
import type { Db } from '../db/client'
import { db as sharedDb } from '../db/db'
import { AppError } from '../errors'
import { findUnstorableText, isStorableText } from '../text/storable-text'
import { readTabId, TAB_HEADER } from '../live/tab'
import { readJsonBody } from './read-json-body'
import { handle } from './respond'
import { JSON_BODY_MAX_BYTES } from './schemas'

/** What a route handler gets: the request, its validated params and body, the database and the signed-in person. */
export type RouteContext<P, B> = {
  request: Request
  params: P
  body: B
  db: Db
  /** The signed-in person the request acts for (already allowed the route's action). */
  actor: Actor
  /** The browser tab the request comes from (`TAB_HEADER`), carried by the live events it causes. */
  tab: string | undefined
  /**
   * Whether the request's credential (its session or token) still lets the same person do the route's
   * action: a long-lived answer (an events stream) asks again, so a revoked token or a sign-out ends it.
   */
  stillAllowed: () => Promise<boolean>
}

/**
 * Who may call a route: `public` (no sign-in: health), `signedIn` (anyone signed in; the handler checks
 * the rest through `authorize`), or an action of lib/auth/permissions.ts. For actions scoped by
 * language, the language is `lang` of the params unless `langOf` finds it (a segment's language).
 */
export type Allow = Action | 'public' | 'signedIn'

type RouteOptions<P extends z.ZodType, B extends z.ZodType | undefined> = {
  allow: Allow
  params?: P
  body?: B
  langOf?: (params: z.output<P>, db: Db) => Promise<string | undefined>
}
type Output<S> = S extends z.ZodType ? z.output<S> : undefined
/** The handler Next calls: `(request, { params })`. */
export type RouteHandler = ((request: Request, context: { params: Promise<unknown> }) => Promise<Response>) & {
  allow: Allow
}

const NO_PARAMS = z.object({})
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const NOBODY: Actor = { id: '', name: '', email: '', role: 'translator', langs: [], via: 'token' }

/** Where a route finds its database and who is asking; tests pass their own. */
export type RouteDeps = { getDb: () => Db; getAuth: () => Auth }

/** Makes `route()` for one database; tests pass their own, the app passes the shared client. */
export function createRoute(deps: RouteDeps) {
  /**
   * The one wrapper of every API route. In order: who is asking (401 `auth.required` for nobody), a
   * cookie-authenticated change from another site (403 `auth.crossSite`), the params (languages
   * canonical), whether the person may (403 `auth.forbidden`), then a JSON body, bounded before
   * parsing. AppErrors, validation errors and an unreachable database map to their responses (`handle`).
   */
  return function route<P extends z.ZodType = typeof NO_PARAMS, B extends z.ZodType | undefined = undefined>(
    options: RouteOptions<P, B>,
    handler: (context: RouteContext<Output<P>, Output<B>>) => Promise<Response>,
  ): RouteHandler {
    const wrapped = (request: Request, context: { params: Promise<unknown> }) =>
      handle(request, async () => {
        const db = deps.getDb()
        let actor = NOBODY
        if (options.allow !== 'public') {
          const found = await resolveActor(request, db, deps.getAuth)
          if (!found) throw new AppError('auth.required')
          if (found.via === 'session' && !SAFE_METHODS.has(request.method) && isCrossSite(request, ownOrigin(request)))
            throw new AppError('auth.crossSite')
          actor = found
        }
        const rawParams = (await context?.params) ?? {}
        // A NUL in the path or the query (`%00`) would reach the database and fail there: refused here.
        const query = [...new URL(request.url).searchParams].find(([key, value]) => !isStorableText(key + value))
        const unstorable = findUnstorableText(rawParams) ?? query?.[0]
        if (unstorable !== undefined) throw new AppError('validation.text', { field: unstorable })
        const params = (options.params ?? NO_PARAMS).parse(rawParams) as Output<P>
        let lang: string | undefined
        if (options.allow !== 'public' && options.allow !== 'signedIn') {
          const fromParams = (params as { lang?: unknown }).lang
          lang = options.langOf
            ? await options.langOf(params as z.output<P>, db)
            : typeof fromParams === 'string'
              ? fromParams
              : undefined
          authorize(actor, options.allow, lang)
        }
        // A form on another site can post text/plain with the cookie, a browser never JSON without asking:
        // a write by cookie must say it is JSON (scripts with a token may leave the type out).
        const type = request.headers.get('content-type')
        if (
          actor.via === 'session' &&
          (options.body ? !isJsonType(type) : isFormType(type) && !SAFE_METHODS.has(request.method))
        )
          throw new AppError('validation.contentType')
        const body = (
          options.body ? options.body.parse(await readJsonBody(request, JSON_BODY_MAX_BYTES)) : undefined
        ) as Output<B>
        const allow = options.allow
        const stillAllowed = async () => {
          if (allow === 'public') return true
          const now = await resolveActor(request, db, deps.getAuth)
          return now?.id === actor.id && (allow === 'signedIn' || can(now, allow, lang))
        }
        const tab = readTabId(request.headers.get(TAB_HEADER))
        return handler({ request, params, body, db, actor, tab, stillAllowed })
      })
    return Object.assign(wrapped, { allow: options.allow })
  }
}

/**
 * The types a page on another site can send without asking (besides `multipart/form-data`, which the
 * upload routes read): no route reads them, so a write by cookie that says it is one of them is refused
 * before a route reading its own body (an article, a translation) takes it for JSON.
 */
function isFormType(contentType: string | null): boolean {
  return /^(text\/plain|application\/x-www-form-urlencoded)\s*(;|$)/i.test(contentType?.trim() ?? '')
}

/** `application/json` or a `+json` type, with any parameters. */
export function isJsonType(contentType: string | null): boolean {
  return /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i.test(contentType?.trim() ?? '')
}

/** The wrapper for the app's routes, on the shared database client. */
export const route = createRoute({ getDb: () => sharedDb, getAuth })
