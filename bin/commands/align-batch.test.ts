import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, test } from 'vitest'
import { readWithTranslateToolkit, validateTmx } from '@/lib/formats/test-fixtures/tools'
import { writeDocx } from '@/lib/import/test-fixtures/zip'

// The real command in a child process, as a person runs it: `tsx bin/cli.ts align-batch …`.
const TSX = resolve('node_modules/.bin/tsx')
const CLI = resolve('bin/cli.ts')
const dir = mkdtempSync(join(tmpdir(), 'parallel-align-batch-'))
// A data folder that must stay untouched: the command needs no database.
const dataDir = join(dir, 'pglite-must-not-exist')
const env = { ...process.env, PARALLEL_DATA_DIR: dataDir, DATABASE_URL: '' }
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}

type Result = { code: number; stdout: string; stderr: string }

async function cli(args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, 'align-batch', ...args], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const langs = ['--source-lang', 'de', '--target-lang', 'fr']

file(
  'de/one.txt',
  'Der Hund schläft im Haus.\nEr träumt.\n\nIm Jahr 1990 hatte die Stadt 4.500 Einwohner. Warum so wenige?\n',
)
file(
  'fr/one.txt',
  'Le chien dort dans la maison.\nIl rêve.\n\nEn 1990, la ville comptait 4 500 habitants. Pourquoi si peu ?\n',
)
file('de/two.md', '# Der Fluss\n\nDer Fluss ist *288 km* lang. Er fließt nach Norden.\n')
file('fr/two.html', '<h1>Le fleuve</h1><p>Le fleuve mesure <b>288 km</b>. Il coule vers le nord.</p>')
file(
  'de/three.docx',
  writeDocx(['Berlin hat 3,6 Millionen Einwohner & viele Parks.', 'Die Spree fließt durch Berlin.']),
)
file(
  'fr/three.docx',
  writeDocx(['Berlin compte 3,6 millions d’habitants & de nombreux parcs.', 'La Spree traverse Berlin.']),
)
const pairs = file(
  'pairs.tsv',
  '# a corpus of three documents\nsource\ttarget\tname\nde/one.txt\tfr/one.txt\tOne <&>\nde/two.md\tfr/two.html\n\n' +
    'de/three.docx\tfr/three.docx\tThree\n',
)

const tuvTexts = (tmx: string) => [...tmx.matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) => m[1])

describe('cli align-batch', () => {
  test('aligns .txt, .md, .html and .docx pairs into one valid TMX 1.4b file, each unit tagged with its document', async () => {
    const { code, stdout, stderr } = await cli(['--pairs', pairs, ...langs])
    expect(stderr).toMatch(/align-batch: 3 of 3 pairs aligned, \d+ units, .* pairs\/s\n$/)
    expect(code).toBe(0)
    expect(validateTmx(stdout)).toBe('')
    const tuids = [...stdout.matchAll(/<tu tuid="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(tuids).size).toBe(tuids.length)
    const documents = [...stdout.matchAll(/<prop type="x-document">([^<]*)<\/prop>/g)].map((m) => m[1])
    expect(documents.length).toBe(tuids.length)
    expect(new Set(documents)).toEqual(new Set(['One &lt;&amp;&gt;', 'de/two.md', 'Three']))
    const segs = tuvTexts(stdout)
    expect(segs).toContain('Im Jahr 1990 hatte die Stadt 4.500 Einwohner.')
    expect(segs[segs.indexOf('Im Jahr 1990 hatte die Stadt 4.500 Einwohner.') + 1]).toBe(
      'En 1990, la ville comptait 4 500 habitants.',
    )
    expect(segs[segs.indexOf('Der Fluss ist 288 km lang.') + 1]).toBe('Le fleuve mesure 288 km.')
    expect(segs[segs.indexOf('Die Spree fließt durch Berlin.') + 1]).toBe('La Spree traverse Berlin.')
    // translate-toolkit, an independent reader, reads the same pairs.
    const units = readWithTranslateToolkit(stdout)
    expect(units.length).toBe(tuids.length)
    expect(units).toContainEqual(
      expect.objectContaining({ source: 'Berlin hat 3,6 Millionen Einwohner & viele Parks.' }),
    )
    // No database was opened (or created) for it.
    expect(existsSync(dataDir)).toBe(false)
  })

  test('writes JSON Lines when --out ends in .jsonl, one object per sentence pair', async () => {
    const out = join(dir, 'corpus.jsonl')
    const { code, stdout } = await cli(['--pairs', pairs, ...langs, '--out', out])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n')
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(records).toContainEqual({
      document: 'Three',
      source: 'Die Spree fließt durch Berlin.',
      target: 'La Spree traverse Berlin.',
      sourceLang: 'de',
      targetLang: 'fr',
      confidence: expect.any(Number),
    })
    for (const record of records)
      expect(Object.keys(record).sort()).toEqual([
        'confidence',
        'document',
        'source',
        'sourceLang',
        'target',
        'targetLang',
      ])
  })

  test('a pair that cannot be read is named with its line and file, skipped, and the exit code is 1', async () => {
    file('de/latin1.txt', Buffer.from('Gr\xfc\xdfe aus K\xf6ln.', 'latin1'))
    file('de/broken.docx', 'this is not a zip')
    const list = file(
      'bad.tsv',
      'de/missing.txt\tfr/one.txt\nde/one.txt\tfr/one.txt\tGood\nde/latin1.txt\tfr/one.txt\nde/two.md\tde/broken.docx\n',
    )
    const { code, stdout, stderr } = await cli(['--pairs', list, ...langs, '--format', 'jsonl'])
    expect(code).toBe(1)
    expect(stderr).toContain(`${list}:1: de/missing.txt: no such file`)
    expect(stderr).toContain(`${list}:3: de/latin1.txt: The file is not in UTF-8`)
    expect(stderr).toContain(`${list}:4: de/broken.docx: This file is not a text document.`)
    expect(stderr).toContain('1 of 4 pairs aligned (3 failed)')
    expect(stderr).not.toMatch(/\n\s+at /)
    const documents = new Set(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { document: string }).document),
    )
    expect(documents).toEqual(new Set(['Good']))
  })

  test('a list it does not understand stops before anything is written, naming the line', async () => {
    const list = file('columns.tsv', 'de/one.txt\tfr/one.txt\nde/two.md\n')
    const { code, stdout, stderr } = await cli(['--pairs', list, ...langs])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${list}:2: expected "source<TAB>target" or "source<TAB>target<TAB>name", found 1 column\n`)
  })

  test('wrong usage is exit code 2 with the usage', async () => {
    const { code, stderr } = await cli(['--pairs', pairs, '--source-lang', 'de'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^--target-lang is required\nusage: cli align-batch/)
    expect((await cli(['--pairs', pairs, ...langs, '--format', 'xml'])).code).toBe(2)
  })

  test('`| head -c 100` ends the command quietly with exit code 0', async () => {
    // Far more than a pipe holds (64 KB), so the command is still writing when `head` goes away.
    const many = Array.from({ length: 600 }, (_, k) => `de/one.txt\tfr/one.txt\tcopy ${k}`).join('\n')
    const list = file('many.tsv', `${many}\nde/three.docx\tfr/three.docx\n`)
    const { stdout, stderr } = await promisify(execFile)(
      'bash',
      [
        '-c',
        `"${TSX}" "${CLI}" align-batch --pairs "${list}" ${langs.join(' ')} | head -c 100; echo " codes=\${PIPESTATUS[*]}"`,
      ],
      { env },
    )
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/)
    expect(stdout).toMatch(/ codes=0 0\n$/)
    // Stopped at the closed pipe: no error, and no summary of a corpus that was not written.
    expect(stderr).toBe('')
  })
})
