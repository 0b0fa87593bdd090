/**
 * The one home of authorization: who may do what, in which language. Routes declare an action
 * (`route({ allow: 'segments.edit' })`), pages call `requirePageActor`, use cases call `authorize`; none
 * decides by hand.
 */
import { AppError } from '../errors'

export const ROLES = ['admin', 'translator', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/** The signed-in person a request acts for. */
export type Actor = {
  id: string
  name: string
  email: string
  role: Role
  /** Target languages the person works in; empty = every language. */
  langs: string[]
  /** How the request proved who it is. */
  via: 'session' | 'token'
}

/**
 * Every action, and the roles allowed it. Actions marked `scoped` also need the target language to be
 * one of the person's (admins work in every language).
 */
export const ACTIONS = {
  /** Read documents, translations, segments, comments, history, progress; export; check a file. */
  'documents.read': { roles: ['admin', 'translator', 'reviewer'], scoped: false },
  /** Import a new article or an exchange file. */
  'documents.create': { roles: ['admin'], scoped: false },
  'documents.delete': { roles: ['admin'], scoped: false },
  /** Add a language to a document. */
  'translations.manage': { roles: ['admin'], scoped: false },
  /** Delete a language of a document with all its work. */
  'translations.delete': { roles: ['admin', 'translator'], scoped: true },
  /** Edit target text, confirm it, import a translation, change the alignment. */
  'segments.edit': { roles: ['admin', 'translator', 'reviewer'], scoped: true },
  /** Approve or reject a segment. */
  'segments.review': { roles: ['admin', 'reviewer'], scoped: true },
  /** Write, resolve and reopen comments. */
  'comments.write': { roles: ['admin', 'translator', 'reviewer'], scoped: true },
  /** Add, change, delete and import the glossary terms of a language pair (scoped by its target language). */
  'glossary.edit': { roles: ['admin', 'translator', 'reviewer'], scoped: true },
  /** Import a TMX file into the translation memory (reading it is 'documents.read'). */
  'memory.import': { roles: ['admin'], scoped: false },
  /** Accounts and roles of others, assignments. */
  'users.manage': { roles: ['admin'], scoped: false },
} as const satisfies Record<string, { roles: readonly Role[]; scoped: boolean }>

export type Action = keyof typeof ACTIONS

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/** True when the person works in the language (a person without languages works in all). */
export function worksIn(actor: Pick<Actor, 'role' | 'langs'>, lang: string): boolean {
  if (actor.role === 'admin' || actor.langs.length === 0) return true
  const wanted = lang.toLowerCase()
  return actor.langs.some((l) => l.toLowerCase() === wanted)
}

/** True when the person may do the action (in `lang`, for actions scoped by language). */
export function can(actor: Pick<Actor, 'role' | 'langs'>, action: Action, lang?: string): boolean {
  const rule = ACTIONS[action]
  if (!(rule.roles as readonly Role[]).includes(actor.role)) return false
  if (!rule.scoped) return true
  // Without a language, only someone who works in every language may.
  return lang === undefined ? actor.role === 'admin' || actor.langs.length === 0 : worksIn(actor, lang)
}

/** Throws 403 `auth.forbidden` unless the person may do the action. */
export function authorize(actor: Pick<Actor, 'role' | 'langs'>, action: Action, lang?: string): void {
  if (!can(actor, action, lang)) throw new AppError('auth.forbidden', { action })
}
