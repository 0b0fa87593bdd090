// What the account commands share: option parsing, messages, the database and known failures.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { createInstance } from 'i18next'
import { ZodError, type core } from 'zod'
import { openDbForCommand, type Db } from '@/lib/db/client'
import { isAppError, type ErrorCode } from '@/lib/errors'
import { RESOURCES } from '@/lib/i18n/config'
import { issueMessage } from '@/lib/i18n/issue-message'

/** Writes a message to stderr and returns the exit code (2: wrong usage, 1: it failed, 0: --help). */
export function fail(message: string, code = 1): number {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`)
  return code
}

type Options = NonNullable<ParseArgsConfig['options']>
type Values = Record<string, string | boolean | undefined>

/** Parses options strictly; a mistake is the usage on stderr and exit code 2, `--help` the usage and 0. */
export function parseOptions(args: string[], options: Options, usage: string): { values: Values } | { code: number } {
  try {
    const { values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true })
    if (values.help) return { code: fail(usage, 0) }
    return { values: values as Values }
  } catch (error) {
    return { code: fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2) }
  }
}

/**
 * Opens the database as every command does (`openDb`): PostgreSQL when DATABASE_URL is set, else the PGlite
 * folder, through the running app's socket when the app has it open. While the app keeps it waiting, it
 * says so on stderr, and gives up after PARALLEL_CLI_WAIT_MS (`openDbForCommand`).
 */
export const openCliDb = (): Promise<{ db: Db; close: () => Promise<void> }> =>
  openDbForCommand((message) => process.stderr.write(`${message}\n`))

/** Runs `work` on the database, closing it after; a failure the user caused is its English message, exit 1 (a
 * value refused by a schema, `password: This text is too long …`, one line per issue). */
export async function withDb(work: (db: Db) => Promise<number>): Promise<number> {
  let opened: Awaited<ReturnType<typeof openCliDb>>
  try {
    opened = await openCliDb()
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
  try {
    return await work(opened.db)
  } catch (error) {
    if (error instanceof ZodError) return fail(await englishIssues(error.issues, (path) => path.join('.')))
    if (!isAppError(error)) throw error
    return fail(await englishMessage(error.code, error.details ?? {}))
  } finally {
    await opened.close()
  }
}

type Translate = (key: string, options?: Record<string, unknown>) => string

async function englishT(): Promise<Translate> {
  const i18n = createInstance()
  await i18n.init({ lng: 'en', resources: RESOURCES, interpolation: { escapeValue: false } })
  return i18n.t as unknown as Translate
}

async function englishMessage(code: ErrorCode, details: Record<string, unknown>): Promise<string> {
  // Error codes all have `errors.<code>` messages (a locale test checks it).
  return (await englishT())(`errors.${code}`, details)
}

/**
 * Zod issues as lines of English, each `<name>: <message>` with the messages the API answers (`--langs: “x” is
 * not a valid language code.`), never a bare message key; `name` turns an issue's path into what the user typed.
 */
export async function englishIssues(
  issues: readonly core.$ZodIssue[],
  name: (path: readonly PropertyKey[]) => string,
): Promise<string> {
  const t = await englishT()
  return issues.map((issue) => `${name(issue.path)}: ${issueMessage(t, issue)}`).join('\n')
}

/** `ru,ko` → `['ru', 'ko']` (languages are checked where the account is written). */
export function splitList(value: string | boolean | undefined): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []
}

/** Writes lines to stdout, waiting until they are handed over (a pipe may be slow or closed). */
export function print(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`, (error) => (error ? reject(error) : resolve()))
  })
}
