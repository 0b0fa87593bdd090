import type { Db } from '../db/client'
import { overrideProperties } from '../db/client-proxy'
import { CLIENT } from '../db/raw-sql'
import { findSessionWithUser, SESSION_COLUMNS, type SessionColumn } from '../db/sessions'

const isSessionColumn = (key: string): key is SessionColumn => (SESSION_COLUMNS as readonly string[]).includes(key)
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** The token of a `where` that is exactly "token equals this string", in the forms the Prisma adapter writes it. */
function tokenOf(where: unknown): string | undefined {
  if (!isObject(where)) return undefined
  const keys = Object.keys(where)
  if (keys.length !== 1) return undefined
  if (keys[0] === 'AND') return Array.isArray(where.AND) && where.AND.length === 1 ? tokenOf(where.AND[0]) : undefined
  if (keys[0] !== 'token') return undefined
  const condition = where.token
  if (typeof condition === 'string') return condition
  if (isObject(condition) && Object.keys(condition).length === 1 && typeof condition.equals === 'string')
    return condition.equals
  return undefined
}

/**
 * The token and columns of better-auth's read of a session with its person (`findSession` on every
 * signed-in request); undefined for any other query, which Prisma keeps answering.
 */
export function sessionByTokenQuery(args: unknown): { token: string; columns: SessionColumn[] } | undefined {
  if (!isObject(args)) return undefined
  const { where, select, ...rest } = args
  if (Object.keys(rest).length > 0 || !isObject(select) || select.user !== true) return undefined
  const token = tokenOf(where)
  if (token === undefined) return undefined
  const keys = Object.keys(select)
  if (!keys.every((key) => select[key] === true && (key === 'user' || isSessionColumn(key)))) return undefined
  return { token, columns: keys.filter(isSessionColumn) }
}

/**
 * The client better-auth's Prisma adapter is given: the same client, except that the session read every
 * signed-in request makes is one SQL statement on the driver instead of two Prisma queries through the
 * query compiler (docs/decisions/024-hot-paths-in-sql.md). Every other query goes to Prisma unchanged.
 */
export function withSessionReadsInSql(db: Db): Db {
  const findFirst = (args: unknown) => {
    const query = sessionByTokenQuery(args)
    return query
      ? findSessionWithUser(db, query.token, query.columns)
      : db.session.findFirst(args as Parameters<Db['session']['findFirst']>[0])
  }
  return overrideProperties(db, (property) => {
    // The real client behind it, so its driver-level runner is found through this proxy too (lib/db/raw-sql.ts).
    if (property === CLIENT) return (db as { [CLIENT]?: object })[CLIENT] ?? db
    if (property === 'session')
      return overrideProperties(db.session, (name) => (name === 'findFirst' ? findFirst : undefined))
    return undefined
  })
}
