import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseLinks } from '@/lib/align/link-format'
import { createDb } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { migratedPgliteFolder } from '@/lib/db/test/test-databases'
import { createTranslation } from '@/lib/db/translations'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { CLI, NODE } from './test/cli-command'

// These tests run the CLI as a user would, with stdout a real pipe (the shell's `|`), not a file.
const dir = mkdtempSync(join(tmpdir(), 'parallel-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = promisify(execFile)
// The CLI bundled once per run (bin/test/cli-bundle.ts); `npm run --silent cli --` is the command users type
// (tsx on bin/cli.ts), run by the first test so that it stays covered.
const BUNDLED = `'${NODE}' '${CLI}'`
const AS_USERS_TYPE = 'npm run --silent cli --'

/** Runs `cli <args> | <consumer>` in a shell; returns the consumer's output and the CLI's stderr. */
async function pipeInto(args: string[], consumer: string, env: Record<string, string> = {}, cli = BUNDLED) {
  const quoted = args.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ')
  const errFile = join(dir, 'stderr.txt')
  const { stdout } = await run('sh', ['-c', `${cli} ${quoted} 2>'${errFile}' | ${consumer}`], {
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { stdout, stderr: readFileSync(errFile, 'utf8') }
}

/** Runs the CLI, reads the first chunk of its stdout, then closes the pipe as `| head` does. */
async function readFirstChunkOnly(args: string[], env: Record<string, string> = {}) {
  const child = spawn(NODE, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)))
  const first = await new Promise<string>((done) => child.stdout.once('data', (d: Buffer) => done(String(d))))
  child.stdout.destroy()
  const code = await new Promise<number | null>((done) => child.once('close', (c) => done(c)))
  return { first, stderr, code }
}

// 20,000 source lines against one target line: a fast alignment whose output is far over 64 KB.
const source = join(dir, 'source.txt')
const target = join(dir, 'target.txt')
writeFileSync(source, Array.from({ length: 20_000 }, (_, i) => `Line ${i}.\n`).join(''))
writeFileSync(target, 'x\n')
const ALIGN = ['align', '--source', source, '--target', target, '--source-lang', 'en', '--target-lang', 'ru']

// Each test starts the CLI (and PGlite for the export) in child processes: seconds each on a busy machine.
describe('cli align through a pipe', { timeout: 60_000 }, () => {
  test('a pipe receives every byte of an output well over 64 KB, read at once or by a slow reader', async () => {
    const { stdout, stderr } = await pipeInto(ALIGN, 'cat', {}, AS_USERS_TYPE)
    expect(stderr).toBe('')
    expect(stdout.length).toBeGreaterThan(200_000)
    const links = parseLinks(stdout)
    expect(links.flatMap((l) => l.source)).toEqual(Array.from({ length: 20_000 }, (_, i) => i))
    const slow = await pipeInto(ALIGN, '(sleep 1; wc -c)')
    expect(Number(slow.stdout.trim())).toBe(Buffer.byteLength(stdout))
  })
})

describe('cli export through a pipe', { timeout: 60_000 }, () => {
  const dataDir = join(dir, 'pglite')
  const PARAGRAPHS = 400
  let documentId = ''

  beforeAll(async () => {
    const pglite = migratedPgliteFolder(dataDir)
    const db = createDb({ kind: 'pglite', pglite })
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => textToDoc(`Paragraph ${i}: ${'слово '.repeat(60)}`))
    ;({ id: documentId } = await createDocument(db, { title: 'Pipe', sourceLang: 'en', paragraphs }))
    await createTranslation(db, { documentId, lang: 'ru' })
    await db.$disconnect()
    await pglite.close()
  })

  test.each([
    ['JSON Lines', 'jsonl', (out: string) => out.trimEnd().split('\n').length],
    ['TMX', 'tmx', (out: string) => out.match(/<tu /g)?.length],
  ])('a %s export through `| gzip | gunzip` holds every unit', async (_name, format, count) => {
    const env = { PARALLEL_DATA_DIR: dataDir, DATABASE_URL: '' }
    const args = ['export', '--document', documentId, '--format', format, '--langs', 'ru', '--empty']
    const { stdout, stderr } = await pipeInto(args, '(sleep 1; gzip) | gunzip', env)
    expect(stderr).toBe('')
    expect(stdout.length).toBeGreaterThan(150_000)
    expect(count(stdout)).toBe(PARAGRAPHS)
  })

  test('a reader that stops early (| head) ends the export quietly: no stack trace, exit code 0', async () => {
    const env = { PARALLEL_DATA_DIR: dataDir, DATABASE_URL: '' }
    const args = ['export', '--document', documentId, '--format', 'jsonl', '--langs', 'ru', '--empty']
    const { first, stderr, code } = await readFirstChunkOnly(args, env)
    expect(first).toMatch(/^\{"document":/)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})
