import { z } from 'zod'
import { MAX_PASSWORD_LENGTH } from '@/lib/auth/auth'
import { isRole, ROLES } from '@/lib/auth/permissions'
import { findUserByEmail, listPeople } from '@/lib/db/users'
import { addUser } from '@/lib/server/users/add-user'
import { updateUser } from '@/lib/server/users/update-user'
import { englishIssues, fail, parseOptions, print, splitList, withDb } from '../cli-support'

const ROLE_LIST = ROLES.join('|')
const USAGE =
  `usage: cli user add --email E --role ${ROLE_LIST} [--name N] [--langs ru,ko] [--password-stdin]\n` +
  '         Without --password-stdin a password is generated and printed (the last line of stdout).\n' +
  '       cli user list                                  email, role, languages, name; tab-separated\n' +
  `       cli user set-role --email E --role ${ROLE_LIST} [--langs ru,ko]\n`

const PasswordSchema = z.string().max(MAX_PASSWORD_LENGTH)

/**
 * The first line of stdin, without its line break (a password piped in: `printf %s "$PW" | cli user add …`).
 * Reading stops at the line break, or once the line is longer than `limit`: what came by then is returned, to
 * be refused. The rest of stdin is left unread and closed, so a writer that goes on gets a closed pipe.
 */
async function readFirstLine(limit: number): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ')
  process.stdin.setEncoding('utf8')
  let line = ''
  try {
    for await (const chunk of process.stdin as AsyncIterable<string>) {
      const end = chunk.indexOf('\n')
      line += end >= 0 ? chunk.slice(0, end) : chunk
      // One more for the `\r` of a CRLF line break.
      if (end >= 0 || line.length > limit + 1) break
    }
  } finally {
    process.stdin.destroy()
  }
  return line.replace(/\r$/, '')
}

async function add(args: string[]): Promise<number> {
  const parsed = parseOptions(
    args,
    {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      langs: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    USAGE,
  )
  if ('code' in parsed) return parsed.code
  const { email, role, name, langs } = parsed.values
  if (typeof email !== 'string') return fail(`--email is required\n${USAGE}`, 2)
  if (typeof role !== 'string' || !isRole(role)) return fail(`--role must be one of ${ROLE_LIST}\n${USAGE}`, 2)
  let password: string | undefined
  if (parsed.values['password-stdin']) {
    password = await readFirstLine(MAX_PASSWORD_LENGTH)
    if (!password) return fail('--password-stdin: no password on the first line of stdin', 2)
    const checked = PasswordSchema.safeParse(password)
    if (!checked.success) return fail(await englishIssues(checked.error.issues, () => '--password-stdin'), 2)
  }
  return withDb(async (db) => {
    const added = await addUser(db, {
      email,
      role,
      name: typeof name === 'string' ? name : undefined,
      langs: splitList(langs),
      password,
    })
    const { user } = added
    process.stderr.write(`Added ${user.role} ${user.email} (${user.langs.join(', ') || 'all languages'})\n`)
    if (added.password) {
      process.stderr.write('Password (shown once):\n')
      await print(added.password)
    }
    return 0
  })
}

async function list(args: string[]): Promise<number> {
  const parsed = parseOptions(args, {}, USAGE)
  if ('code' in parsed) return parsed.code
  return withDb(async (db) => {
    const people = await listPeople(db)
    await print(people.map((p) => [p.email, p.role, p.langs.join(','), p.name].join('\t')).join('\n') || '')
    return 0
  })
}

async function setRole(args: string[]): Promise<number> {
  const parsed = parseOptions(
    args,
    { email: { type: 'string' }, role: { type: 'string' }, langs: { type: 'string' } },
    USAGE,
  )
  if ('code' in parsed) return parsed.code
  const { email, role, langs } = parsed.values
  if (typeof email !== 'string') return fail(`--email is required\n${USAGE}`, 2)
  if (typeof role !== 'string' || !isRole(role)) return fail(`--role must be one of ${ROLE_LIST}\n${USAGE}`, 2)
  return withDb(async (db) => {
    const person = await findUserByEmail(db, email)
    if (!person) return fail(`No account with the email ${email}`)
    const changed = await updateUser(db, person.id, {
      role,
      ...(langs === undefined ? {} : { langs: splitList(langs) }),
    })
    process.stderr.write(`${changed.email} is now ${changed.role} (${changed.langs.join(', ') || 'all languages'})\n`)
    return 0
  })
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = { add, list, 'set-role': setRole }

/** `cli user add|list|set-role`: accounts from the command line (the first admin of a server, scripts). */
export async function run(args: string[]): Promise<number> {
  const [name, ...rest] = args
  if (name === '--help' || name === '-h') return fail(USAGE, 0)
  const sub = name === undefined ? undefined : SUBCOMMANDS[name]
  if (!sub) return fail(USAGE, 2)
  return sub(rest)
}
