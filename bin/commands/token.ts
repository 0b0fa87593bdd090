import { createApiToken, listApiTokens, revokeApiToken } from '@/lib/auth/api-tokens'
import type { Db } from '@/lib/db/client'
import { findUserByEmail } from '@/lib/db/users'
import { fail, parseOptions, print, withDb } from '../cli-support'

const USAGE =
  'usage: cli token create --email E [--label L]   prints the new token as the last line of stdout (shown once)\n' +
  '       cli token list --email E                  id, label, prefix, created, last used; tab-separated\n' +
  '       cli token revoke --email E --id ID\n' +
  'Send a token as `Authorization: Bearer <token>` to any API route; it acts as its owner.\n'

type Values = Record<string, string | boolean | undefined>

/** Parses the options, then runs `work` for the person with --email. */
async function forPerson(
  args: string[],
  options: Record<string, { type: 'string' }>,
  work: (db: Db, userId: string, values: Values) => Promise<number>,
): Promise<number> {
  const parsed = parseOptions(args, { email: { type: 'string' }, ...options }, USAGE)
  if ('code' in parsed) return parsed.code
  const { email } = parsed.values
  if (typeof email !== 'string') return fail(`--email is required\n${USAGE}`, 2)
  for (const [option] of Object.entries(options).filter(([o]) => o === 'id'))
    if (typeof parsed.values[option] !== 'string') return fail(`--${option} is required\n${USAGE}`, 2)
  return withDb(async (db) => {
    const person = await findUserByEmail(db, email)
    if (!person) return fail(`No account with the email ${email}`)
    return work(db, person.id, parsed.values)
  })
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  create: (args) =>
    forPerson(args, { label: { type: 'string' } }, async (db, userId, values) => {
      const label = typeof values.label === 'string' ? values.label : 'CLI'
      const { token, info } = await createApiToken(db, userId, label)
      process.stderr.write(`Created token ${info.id} "${info.label}" (shown once):\n`)
      await print(token)
      return 0
    }),
  list: (args) =>
    forPerson(args, {}, async (db, userId) => {
      const tokens = await listApiTokens(db, userId)
      const line = (d: Date | null) => d?.toISOString() ?? '-'
      await print(
        tokens.map((t) => [t.id, t.label, t.prefix, line(t.createdAt), line(t.lastUsedAt)].join('\t')).join('\n'),
      )
      return 0
    }),
  revoke: (args) =>
    forPerson(args, { id: { type: 'string' } }, async (db, userId, values) => {
      await revokeApiToken(db, userId, values.id as string)
      process.stderr.write(`Revoked token ${String(values.id)}\n`)
      return 0
    }),
}

/** `cli token create|list|revoke`: a person's personal API tokens. */
export async function run(args: string[]): Promise<number> {
  const [name, ...rest] = args
  if (name === '--help' || name === '-h') return fail(USAGE, 0)
  const sub = name === undefined ? undefined : SUBCOMMANDS[name]
  if (!sub) return fail(USAGE, 2)
  return sub(rest)
}
