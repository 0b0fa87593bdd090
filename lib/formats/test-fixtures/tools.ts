import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = dirname(fileURLToPath(import.meta.url))
/** The standards schemas the app validates against (lib/formats/schemas). */
export const SCHEMAS = join(FIXTURES, '../schemas')
const PYTHON = '/usr/bin/python3'

/** Collects a string generator into one string. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = ''
  for await (const chunk of chunks) out += chunk
  return out
}

function writeTemp(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'formats-')), name)
  writeFileSync(file, content)
  return file
}

function run(command: string, args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) }
  } catch (error) {
    const e = error as { code?: string; stderr?: string; stdout?: string; message: string }
    if (e.code === 'ENOENT') throw new Error(`${command} is not installed; install it (see the brief: libxml2-utils, python3-translate)`)
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? e.message}` }
  }
}

/** Validates a TMX file against the TMX 1.4b DTD with xmllint; returns xmllint's complaints, '' if valid. */
export function validateTmx(content: string): string {
  const result = run('xmllint', ['--noout', '--dtdvalid', join(SCHEMAS, 'tmx/tmx14.dtd'), writeTemp('out.tmx', content)])
  return result.ok ? '' : result.output
}

/** Validates an XLIFF file against the XLIFF 2.1 core schema with xmllint; returns complaints, '' if valid. */
export function validateXliff(content: string): string {
  const schema = join(SCHEMAS, 'xliff-2.1/xliff_core_2.0.xsd')
  const result = run('xmllint', ['--noout', '--nonet', '--schema', schema, writeTemp('out.xlf', content)])
  return result.ok ? '' : result.output
}

/** xmllint's verdict on a file: valid or not, and how many validity errors it printed. */
export type XmllintVerdict = { valid: boolean; errors: number; output: string }

/**
 * Validates an XLIFF 2.0 or 2.1 file with the xmllint command line against the core schema and every module of the
 * version's catalog.xml (a driver schema that imports them all, by absolute path).
 */
export function xmllintXliff(content: string, version: '2.0' | '2.1'): XmllintVerdict {
  const dir = join(SCHEMAS, `xliff-${version}`)
  const catalog = readFileSync(join(dir, 'catalog.xml'), 'utf8')
  const imports = [...catalog.matchAll(/<uri\s+name="([^"]+)"\s+uri="([^"]+)"/g)].map(
    ([, ns, file]) => `<xs:import namespace="${ns}" schemaLocation="file://${join(dir, file!)}"/>`,
  )
  const driver = writeTemp(
    'driver.xsd',
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:driver">${imports.join('')}</xs:schema>`,
  )
  const result = run('xmllint', ['--noout', '--nonet', '--schema', driver, writeTemp('in.xlf', content)])
  return { valid: result.ok, errors: result.output.split('\n').filter((l) => / error : /.test(l)).length, output: result.output }
}

/** xmllint's verdict on a TMX file against the TMX 1.4b DTD. */
export function xmllintTmx(content: string): XmllintVerdict {
  const result = run('xmllint', ['--noout', '--nonet', '--dtdvalid', join(SCHEMAS, 'tmx/tmx14.dtd'), writeTemp('in.tmx', content)])
  return { valid: result.ok, errors: result.output.split('\n').filter((l) => / error : /.test(l)).length, output: result.output }
}

export type ToolkitUnit = { source: string; target: string; langs: Record<string, string> }

/** Reads a TMX file with translate-toolkit's `translate.storage.tmx` (an independent reader). */
export function readWithTranslateToolkit(content: string): ToolkitUnit[] {
  const probe = run(PYTHON, ['-c', 'from translate.storage import tmx'])
  if (!probe.ok) throw new Error(`translate-toolkit is missing for ${PYTHON}: ${probe.output}`)
  const result = run(PYTHON, [join(FIXTURES, 'read-tmx.py'), writeTemp('out.tmx', content)])
  if (!result.ok) throw new Error(result.output)
  return JSON.parse(result.output) as ToolkitUnit[]
}

/** An XLIFF 1.2 unit as translate-toolkit reads it (see read-xliff12.py). */
export type ToolkitXliffUnit = {
  id: string
  source: string
  target: string | null
  approved: boolean
  fuzzy: boolean
  notes: string
}

/** Reads an XLIFF 1.2 file with translate-toolkit (`translate.storage.factory`, an independent reader). */
export function readXliff12WithTranslateToolkit(content: string): {
  type: string
  sourceLang: string
  targetLang: string
  units: ToolkitXliffUnit[]
} {
  const result = run(PYTHON, [join(FIXTURES, 'read-xliff12.py'), writeTemp('out.xlf', content)])
  if (!result.ok) throw new Error(result.output)
  return JSON.parse(result.output) as ReturnType<typeof readXliff12WithTranslateToolkit>
}

/** One XLIFF `<file>` (or a whole TMX) as the independent reader sees it (see read-corpus.py). */
export type IndependentPart = {
  sourceLang: string
  /** XLIFF: the `<file>`'s target language; TMX: the languages of the target variants. */
  targetLang: string | string[]
  units: number
  orphans: number
  notes: string[]
}

/** What the independent reader found in one file (see read-corpus.py). */
export type IndependentReading = {
  format: 'tmx' | 'xliff-1.2' | 'xliff-2' | 'unknown'
  parsed: boolean
  error?: string
  line?: number | null
  /** XLIFF 2: whether xmllint finds the file valid against the XLIFF 2 core schema. */
  valid: boolean | null
  parts: IndependentPart[]
}

/**
 * Reads TMX and XLIFF files with translate-toolkit (TMX, XLIFF 1.x) and lxml + xmllint (XLIFF 2),
 * in one Python process for all of them; keyed by the paths given.
 */
export function readIndependently(paths: string[]): Record<string, IndependentReading> {
  const schema = join(SCHEMAS, 'xliff-2.1/xliff_core_2.0.xsd')
  const result = run(PYTHON, [join(FIXTURES, 'read-corpus.py'), schema, ...paths])
  if (!result.ok) throw new Error(result.output)
  return JSON.parse(result.output) as Record<string, IndependentReading>
}

/** `text` as UTF-16 little-endian bytes after a byte order mark, as Windows tools save XML. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8
  }
  return bytes
}
