import { createWriteStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createInstance } from 'i18next'
import { parsePairs, type PairLine, type PairsProblem } from '@/lib/corpus/parse-pairs'
import { pairSentences } from '@/lib/corpus/pair-sentences'
import { readDocumentSentences } from '@/lib/corpus/read-document-sentences'
import { isAppError } from '@/lib/errors'
import { RESOURCES } from '@/lib/i18n/config'
import { formatBytes } from '@/lib/i18n/format'
import { canonicalLangTag } from '@/lib/formats/lang-tag'
import { corpusFormatOf, createCorpusWriter, type CorpusFormat } from '@/lib/formats/write-corpus'

// Deliberately no lib/db here: the command needs no database, so it never opens the PGlite folder and
// runs beside the app (a test checks that the data folder is not touched).

const USAGE =
  'usage: cli align-batch --pairs pairs.tsv --source-lang de --target-lang fr [--out corpus.tmx|-] [--format tmx|jsonl]\n' +
  '  pairs.tsv: a line per pair, "source<TAB>target[<TAB>document name]" (.txt, .md, .html, .docx), paths\n' +
  '  relative to the list\'s folder; blank lines, "#" comments and a "source<TAB>target" header are skipped.\n' +
  '  Writes one TMX 1.4b file (or JSON Lines) to --out, or to stdout when it is "-" or left out; the format\n' +
  "  follows --out's extension (.jsonl) unless --format says. A pair that cannot be read is reported and\n" +
  '  skipped, and the exit code is then 1.\n'

/** The most one document file may weigh. */
export const MAX_BATCH_FILE_BYTES = 32 * 1024 * 1024

export type BatchOptions = {
  pairsPath: string
  pairs: PairLine[]
  sourceLang: string
  targetLang: string
  format: CorpusFormat
}

export type BatchStats = {
  pairs: number
  failed: number
  units: number
  unpaired: number
  sentences: number
  seconds: number
}

/** Where the corpus goes and where progress and problems are told. */
export type BatchIo = {
  write: (chunk: string) => Promise<void>
  /** A pair could not be aligned; `message` names the list, its line and the file. */
  problem: (message: string) => void
  progress?: (done: number, total: number, name: string) => void
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
}

let translate: ((key: string, options: Record<string, unknown>) => string) | undefined

/** A failure as one line of English: an AppError's message, a file system error's plain words. */
async function describe(error: unknown): Promise<string> {
  if (isAppError(error)) {
    if (!translate) {
      const i18n = createInstance()
      await i18n.init({ lng: 'en', resources: RESOURCES, interpolation: { escapeValue: false } })
      translate = i18n.t as unknown as typeof translate
    }
    const details = error.details ?? {}
    const size = typeof details.maxBytes === 'number' ? { size: formatBytes('en')(details.maxBytes) } : {}
    return translate!(`errors.${error.code}`, { ...details, ...size })
  }
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && FILE_ERRORS[code]) return FILE_ERRORS[code]
  return error instanceof Error ? error.message : String(error)
}

/** Reads a file and turns it into sentences by paragraph; a failure names the file. */
async function readSide(path: string, shownAs: string, lang: string): Promise<string[][]> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw new Error(`${shownAs}: ${await describe(error)}`)
  }
  try {
    return await readDocumentSentences({ bytes, fileName: basename(path) }, lang, MAX_BATCH_FILE_BYTES)
  } catch (error) {
    throw new Error(`${shownAs}: ${await describe(error)}`)
  }
}

/**
 * Aligns every pair of the list in turn, sentence-first, and writes the sentence pairs as they come
 * (one document's units at a time). A pair that fails is reported through `io.problem` and skipped.
 */
export async function alignBatch(options: BatchOptions, io: BatchIo): Promise<BatchStats> {
  const started = performance.now()
  const folder = dirname(resolve(options.pairsPath))
  const writer = createCorpusWriter(options.format, {
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    createdAt: new Date(),
  })
  const stats: BatchStats = { pairs: 0, failed: 0, units: 0, unpaired: 0, sentences: 0, seconds: 0 }
  const langs = { sourceLang: options.sourceLang, targetLang: options.targetLang }
  await io.write(writer.head)
  for (const [index, pair] of options.pairs.entries()) {
    const document = pair.name ?? pair.source
    io.progress?.(index, options.pairs.length, document)
    let aligned: ReturnType<typeof pairSentences>
    try {
      const source = await readSide(resolve(folder, pair.source), pair.source, options.sourceLang)
      const target = await readSide(resolve(folder, pair.target), pair.target, options.targetLang)
      aligned = pairSentences(source, target, langs)
      stats.sentences += source.reduce((sum, p) => sum + p.length, 0)
    } catch (error) {
      stats.failed++
      io.problem(`${options.pairsPath}:${pair.line}: ${error instanceof Error ? error.message : String(error)}`)
      continue
    }
    let chunk = ''
    for (const unit of aligned.pairs) chunk += writer.unit({ document, ...unit })
    await io.write(chunk)
    stats.pairs++
    stats.units += aligned.pairs.length
    stats.unpaired += aligned.unpaired
  }
  io.progress?.(options.pairs.length, options.pairs.length, '')
  await io.write(writer.tail)
  stats.seconds = (performance.now() - started) / 1000
  return stats
}

function describeProblem(path: string, problem: PairsProblem): string {
  return problem.reason === 'columns'
    ? `${path}:${problem.line}: expected "source<TAB>target" or "source<TAB>target<TAB>name", found ${problem.columns} column${problem.columns === 1 ? '' : 's'}`
    : `${path}:${problem.line}: a path is empty`
}

/** A progress bar redrawn in place on a terminal. */
function terminalProgress(): { progress: BatchIo['progress']; clear: () => void } {
  let shown = false
  const clear = () => {
    if (shown) process.stderr.write('\r\u001b[2K')
    shown = false
  }
  return {
    clear,
    progress: (done, total, name) => {
      const width = 24
      const filled = Math.round((done / Math.max(1, total)) * width)
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} pairs ${name}`
      const columns = process.stderr.columns || 80
      process.stderr.write(`\r\u001b[2K${line.length >= columns ? `${line.slice(0, columns - 2)}…` : line}`)
      shown = true
    },
  }
}

/** Writes to a stream, waiting when it is full; rejects when it fails (a closed pipe among others). */
function writerFor(stream: NodeJS.WritableStream): (chunk: string) => Promise<void> {
  return (chunk) =>
    new Promise((done, fail) => {
      if (chunk === '') return done()
      const onError = (error: Error) => fail(error)
      stream.once('error', onError)
      const ready = stream.write(chunk, (error) => {
        if (error) fail(error)
      })
      const settle = () => {
        stream.off('error', onError)
        done()
      }
      if (ready) settle()
      else stream.once('drain', settle)
    })
}

/** `cli align-batch`: aligns a list of document pairs into one TMX or JSON Lines corpus. */
export async function run(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      args,
      options: {
        pairs: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  const usageError = (message: string) => (process.stderr.write(`${message}\n${USAGE}`), 2)
  if (values.help) return (process.stderr.write(USAGE), 0)
  const pairsPath = values.pairs
  if (typeof pairsPath !== 'string' || pairsPath === '') return usageError('--pairs is required')
  const langs: string[] = []
  for (const option of ['source-lang', 'target-lang'] as const) {
    const given = values[option]
    if (typeof given !== 'string') return usageError(`--${option} is required`)
    const lang = canonicalLangTag(given)
    if (lang === null) return usageError(`--${option}: "${given}" is not a language tag (e.g. de, fr, pt-BR)`)
    langs.push(lang)
  }
  const out = typeof values.out === 'string' && values.out !== '-' ? values.out : null
  const format = values.format ?? (out ? corpusFormatOf(out) : 'tmx')
  if (format !== 'tmx' && format !== 'jsonl') return usageError(`--format: "${String(format)}" is not tmx or jsonl`)

  let listText: string
  try {
    listText = await readFile(pairsPath, 'utf8')
  } catch (error) {
    process.stderr.write(`${pairsPath}: ${await describe(error)}\n`)
    return 1
  }
  const { pairs, problems } = parsePairs(listText)
  // A list that is not understood stops before anything is written: it is quick to fix, and a corpus
  // silently missing its pairs would be worse.
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${describeProblem(pairsPath, problem)}\n`)
    return 1
  }
  if (pairs.length === 0) {
    process.stderr.write(`${pairsPath}: no pairs listed\n`)
    return 1
  }

  let stream: NodeJS.WritableStream = process.stdout
  if (out) {
    const file = createWriteStream(out)
    const opened = await new Promise<Error | null>((done) => {
      file.once('open', () => done(null))
      file.once('error', (error) => done(error))
    })
    if (opened) {
      process.stderr.write(`${out}: cannot write (${await describe(opened)})\n`)
      return 1
    }
    stream = file
  }
  const bar = process.stderr.isTTY ? terminalProgress() : null
  const stats = await alignBatch(
    { pairsPath, pairs, sourceLang: langs[0]!, targetLang: langs[1]!, format },
    {
      write: writerFor(stream),
      problem: (message) => {
        bar?.clear()
        process.stderr.write(`${message}\n`)
      },
      progress: bar?.progress,
    },
  )
  if (out) await new Promise<void>((done) => (stream as ReturnType<typeof createWriteStream>).end(done))
  bar?.clear()
  const rate = stats.pairs / Math.max(stats.seconds, 1e-6)
  process.stderr.write(
    `align-batch: ${stats.pairs} of ${pairs.length} pairs aligned` +
      (stats.failed > 0 ? ` (${stats.failed} failed)` : '') +
      `, ${stats.units} units, ${stats.unpaired} sentences without a counterpart left out, ` +
      `${stats.seconds.toFixed(1)} s, ${rate.toFixed(1)} pairs/s\n`,
  )
  return stats.failed > 0 ? 1 : 0
}
