import { sqlOf, utc, type SqlTarget } from './sql'

/** The columns of `Session` and `User` as Prisma names them; timestamps are read back as Dates. */
export const SESSION_COLUMNS = [
  'id',
  'expiresAt',
  'token',
  'createdAt',
  'updatedAt',
  'ipAddress',
  'userAgent',
  'userId',
] as const
const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'langs',
  'emailVerified',
  'image',
  'createdAt',
  'updatedAt',
] as const
const TIMESTAMPS = new Set(['expiresAt', 'createdAt', 'updatedAt'])

export type SessionColumn = (typeof SESSION_COLUMNS)[number]

const column = (table: 's' | 'u', name: string, as: string) =>
  `${TIMESTAMPS.has(name) ? utc(`${table}."${name}"`) : `${table}."${name}"`} AS "${as}"`

/**
 * A session found by its token, with its person, in one statement: the shape Prisma answers for
 * `session.findFirst({ where: { token }, select: { ...columns, user: true } })`, which better-auth asks
 * for on every signed-in request (docs/decisions/024-hot-paths-in-sql.md). Null when no session has
 * that token; expiry is better-auth's to check, as it is with Prisma.
 */
export async function findSessionWithUser(
  target: SqlTarget,
  token: string,
  columns: readonly SessionColumn[],
): Promise<(Record<string, unknown> & { user: Record<string, unknown> }) | null> {
  const select = [
    ...columns.map((name) => column('s', name, name)),
    ...USER_COLUMNS.map((name) => column('u', name, `user.${name}`)),
  ].join(', ')
  const [row] = await sqlOf(target)<Record<string, unknown>>(
    `SELECT ${select} FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s.token = $1 LIMIT 1`,
    [token],
  )
  if (!row) return null
  const session: Record<string, unknown> = {}
  const user: Record<string, unknown> = {}
  for (const name of columns) session[name] = row[name]
  for (const name of USER_COLUMNS) user[name] = row[`user.${name}`]
  return { ...session, user }
}
