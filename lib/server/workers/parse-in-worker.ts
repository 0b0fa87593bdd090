import type { MessagePort } from 'node:worker_threads'
import { checkExchangeFile, readJsonDocument, type CheckReport } from '@/lib/exchange/check-exchange-file'
import type { ImportFormat } from '@/lib/exchange/detect-format'
import type { ImportPlan } from '@/lib/exchange/import-plan'
import { planDocumentFromJson } from '@/lib/exchange/plan-json-import'
import type { XmlInput } from '@/lib/formats/decode-xml-input'
import type { ImportEvent, ImportedHeader } from '@/lib/formats/imported-unit'
import { readTmx } from '@/lib/formats/read-tmx'
import { readXliff } from '@/lib/formats/read-xliff'
import type { ArticleInput, TitledArticle } from '@/lib/import/prepare-article'
import type { RichDoc } from '@/lib/richtext/types'
import { cpuPoolSize, runCpuTask, validateSchemaInWorker, workerPool } from './cpu-pool'
import type { ParseStreams, StreamedImportEvent } from './parse-streams'
import { streamThroughWorker } from './worker-stream'

type Options<K extends keyof ParseStreams> = Parameters<ParseStreams[K]>[1]
type Streamed<K extends keyof ParseStreams> = ParseStreams[K] extends (
  ...args: never[]
) => AsyncGenerator<Array<infer I>, infer R>
  ? [I, R]
  : never

/** Runs one of PARSE_STREAMS in the `parse` pool on `input`: its items as the worker finds them, then its value. */
function runParseStream<K extends keyof ParseStreams>(
  name: K,
  input: XmlInput,
  options: Options<K>,
): AsyncGenerator<Streamed<K>[0], Streamed<K>[1]> {
  const start = (port: MessagePort) =>
    workerPool('parse').run('parseStream', { name, options, port }, undefined, [port])
  return streamThroughWorker(start, input)
}

/** Whether parsing runs in the calling thread: `PARALLEL_CPU_WORKERS=0`, as for alignment (decision 020). */
const inThread = () => cpuPoolSize() === 0

/**
 * A TMX or XLIFF file's header and units, read in a worker thread as `input` streams in: the same events, in
 * the same order, and the same `FormatError`s (code, message, line and column) as `readTmx`/`readXliff` in
 * this thread. Only the consumer's work (placing units, database writes) stays on this thread.
 */
export async function* readImportEventsInWorker(
  format: 'tmx' | 'xliff',
  input: XmlInput,
  options: { maxBytes: number },
): AsyncGenerator<ImportEvent> {
  if (inThread()) return yield* (format === 'tmx' ? readTmx : readXliff)(input, options)
  let header: ImportedHeader | undefined
  const events: AsyncGenerator<StreamedImportEvent> = runParseStream(
    format === 'tmx' ? 'readTmx' : 'readXliff',
    input,
    options,
  )
  for await (const event of events) {
    if (event.kind === 'targetLangs') header?.targetLangs.push(...event.langs)
    else {
      if (event.kind === 'header') header = event.header
      yield event
    }
  }
}

/** `checkExchangeFile` in a worker thread, its schema check included (libxml2 in that thread). */
export async function checkExchangeFileInWorker(
  input: XmlInput,
  format: ImportFormat,
  maxBytes: number,
): Promise<CheckReport> {
  if (inThread()) return checkExchangeFile(input, format, maxBytes, { validate: validateSchemaInWorker })
  return drain(runParseStream('checkExchangeFile', input, { format, maxBytes }))
}

/**
 * A project JSON file read (`readJsonDocument`) and planned as a new document (`planDocumentFromJson`) in a
 * worker thread; the plan comes back in pieces, so copying it in never holds this thread long.
 */
export async function planJsonImportInWorker(input: XmlInput, maxBytes: number, fileName: string): Promise<ImportPlan> {
  if (inThread()) return planDocumentFromJson(await readJsonDocument(input, maxBytes), fileName)
  const paragraphs: ImportPlan['paragraphs'] = []
  const translations: ImportPlan['translations'] = []
  const pieces = runParseStream('planJsonImport', input, { maxBytes, fileName })
  for (;;) {
    const step = await pieces.next()
    if (step.done) return { document: step.value, paragraphs, translations }
    const piece = step.value
    const translation = translations[translations.length - 1]
    if (piece.part === 'paragraph') paragraphs.push(piece.content)
    else if (piece.part === 'translation') translations.push({ lang: piece.lang, segments: [], links: [] })
    else if (piece.part === 'segment') translation!.segments.push(piece.segment)
    else translation!.links.push(piece.link)
  }
}

/** The value of a stream that yields no items. */
async function drain<R>(stream: AsyncGenerator<unknown, R>): Promise<R> {
  for (;;) {
    const step = await stream.next()
    if (step.done) return step.value
  }
}

/** `prepareArticle` in the `parse` pool: a document's paragraphs, read away from the request thread. */
export const prepareArticleInWorker = (article: ArticleInput, maxBytes: number): Promise<RichDoc[]> =>
  runCpuTask('prepareArticle', { article, maxBytes })

/** `prepareTitledArticle` in the `parse` pool. */
export const prepareTitledArticleInWorker = (
  article: Extract<ArticleInput, { kind: 'file' }>,
  maxBytes: number,
  givenTitle = '',
): Promise<TitledArticle> => runCpuTask('prepareTitledArticle', { article, maxBytes, givenTitle })
