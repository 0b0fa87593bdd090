import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newPglite } from '../lib/db/new-pglite'
import { verifyPassword } from 'better-auth/crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { userIdOfToken } from '@/lib/auth/api-tokens'
import { createDb, type Db } from '@/lib/db/client'
import { migratedPgliteFolder } from '@/lib/db/test/test-databases'
import { findUserByEmail } from '@/lib/db/users'
import { CLI, NODE } from './test/cli-command'

// The account commands run as a user would run them: the CLI (bundled once, bin/test/cli-bundle.ts) on a
// PGlite folder, stdin and stdout real pipes.
const dir = mkdtempSync(join(tmpdir(), 'parallel-cli-accounts-'))
const dataDir = join(dir, 'pglite')
const env = { ...process.env, PARALLEL_DATA_DIR: dataDir, DATABASE_URL: '' }
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs `[stdin | or producer |] cli <args> [| consumer]` in a shell; the exit code is the CLI's (pipefail). */
function shell(
  args: string[],
  { stdin, producer, consumer }: { stdin?: string; producer?: string; consumer?: string } = {},
) {
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`
  const command = [
    stdin === undefined ? '' : `printf %s ${quote(stdin)} |`,
    producer === undefined ? '' : `${producer} |`,
    `${quote(NODE)} ${quote(CLI)} ${args.map(quote).join(' ')}`,
    consumer ? `| ${consumer}` : '',
  ].join(' ')
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile('bash', ['-o', 'pipefail', '-c', command], { env }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    )
  })
}

/** Opens the folder after the CLI closed it, to check what it wrote. */
async function inspect<T>(read: (db: Db) => Promise<T>): Promise<T> {
  const pglite = newPglite({ dataDir })
  const db = createDb({ kind: 'pglite', pglite })
  try {
    return await read(db)
  } finally {
    await db.$disconnect()
    await pglite.close()
  }
}

beforeAll(async () => {
  const pglite = migratedPgliteFolder(dataDir)
  await pglite.close()
})

// Each command starts the CLI and PGlite in a child process: many seconds each on a busy machine.
describe('cli user and token', { timeout: 300_000 }, () => {
  test('user add reads the password from stdin; the token printed last acts as that person', async () => {
    const added = await shell(
      ['user', 'add', '--email', 'Olga@Example.org', '--role', 'translator', '--langs', 'ru,KO', '--password-stdin'],
      { stdin: 'correct horse battery\nignored second line\n' },
    )
    expect(added).toMatchObject({ code: 0, stdout: '' })
    expect(added.stderr).toContain('olga@example.org')

    const created = await shell(['token', 'create', '--email', 'olga@example.org', '--label', 'nightly export'])
    expect(created.code).toBe(0)
    const token = created.stdout.trimEnd().split('\n').at(-1)!
    expect(token).toMatch(/^prl_[\w-]{43}$/)

    const listed = await shell(['user', 'list'])
    expect(listed.stdout).toBe('olga@example.org\ttranslator\tru,ko\tolga\n')

    const { user, userId, hash } = await inspect(async (db) => {
      const user = await findUserByEmail(db, 'olga@example.org')
      const account = await db.account.findFirst({ where: { userId: user?.id, providerId: 'credential' } })
      return { user, userId: await userIdOfToken(db, token), hash: account?.password ?? '' }
    })
    expect(user).toMatchObject({ role: 'translator', langs: ['ru', 'ko'] })
    expect(userId).toBe(user?.id)
    expect(await verifyPassword({ hash, password: 'correct horse battery' })).toBe(true)
  })

  test('without --password-stdin a password is generated and printed as the last line, even into a closed pipe', async () => {
    const added = await shell(['user', 'add', '--email', 'admin2@example.org', '--role', 'admin'])
    expect(added.code).toBe(0)
    expect(added.stdout).toMatch(/^[\w-]{24}\n$/)
    const quiet = await shell(['token', 'create', '--email', 'admin2@example.org'], { consumer: 'head -c0' })
    expect(quiet).toMatchObject({ code: 0, stdout: '' })
    expect(quiet.stderr).not.toMatch(/EPIPE|Error/)
  })

  test('mistakes: empty password (2), taken email and unknown token (1), each said on stderr', async () => {
    const empty = await shell(['user', 'add', '--email', 'x@example.org', '--role', 'reviewer', '--password-stdin'], {
      stdin: '\n',
    })
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('no password')
    const taken = await shell(['user', 'add', '--email', 'olga@example.org', '--role', 'reviewer'])
    expect(taken).toMatchObject({ code: 1, stdout: '' })
    expect(taken.stderr).toContain('already exists')
    const unknown = await shell(['token', 'revoke', '--email', 'olga@example.org', '--id', 'no-such-token'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('no such token')
  })

  test('a first line longer than a password may be (256) is refused with exit 2, without reading the rest', async () => {
    const add = ['user', 'add', '--email', 'huge@example.org', '--role', 'translator', '--password-stdin']
    for (const input of [
      { stdin: 'a'.repeat(257) },
      { stdin: `${'é'.repeat(300)}\n` },
      { producer: "head -c 5000000 /dev/zero | tr '\\0' a" },
    ]) {
      const refused = await shell(add, input)
      expect(refused).toMatchObject({ code: 2, stdout: '' })
      expect(refused.stderr).toContain('--password-stdin: This text is too long (at most 256 characters).')
    }
    // A writer that never stops: the CLI answers and ends all the same.
    const endless = await shell(add, { producer: "tr '\\0' a < /dev/zero" })
    expect(endless).toMatchObject({ code: 2, stdout: '' })
    expect(endless.stderr).toContain('at most 256 characters')
    expect(await inspect((db) => findUserByEmail(db, 'huge@example.org'))).toBeNull()
  })
})
