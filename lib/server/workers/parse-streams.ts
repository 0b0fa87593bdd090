import { checkExchangeFile, readJsonDocument, type CheckReport } from '@/lib/exchange/check-exchange-file'
import type { ImportFormat } from '@/lib/exchange/detect-format'
import type { ImportPlan } from '@/lib/exchange/import-plan'
import { planDocumentFromJson } from '@/lib/exchange/plan-json-import'
import type { RichDoc } from '@/lib/richtext/types'
import type { ImportEvent, ImportedHeader } from '@/lib/formats/imported-unit'
import type { ImportOptions } from '@/lib/formats/problem-sink'
import { readTmx } from '@/lib/formats/read-tmx'
import { readXliff } from '@/lib/formats/read-xliff'
import type { StreamTask } from './worker-stream'

/**
 * An import event as it crosses from the worker: the reader's events, and the target languages a TMX
 * reader adds to the header it already sent as it meets them (`header.targetLangs`), so the caller's copy
 * of the header grows as the reader's does.
 */
export type StreamedImportEvent = ImportEvent | { kind: 'targetLangs'; langs: string[] }

type ReaderOptions = Pick<ImportOptions, 'maxBytes'>

/**
 * A project JSON import's plan in pieces (one message of a whole plan would hold the caller's thread for
 * seconds while it is copied in): the paragraphs, then each translation and its segments and links.
 */
export type PlanPiece =
  | { part: 'paragraph'; content: RichDoc }
  | { part: 'translation'; lang: string }
  | { part: 'segment'; segment: ImportPlan['translations'][number]['segments'][number] }
  | { part: 'link'; link: ImportPlan['translations'][number]['links'][number] }

/** A TMX or XLIFF reader's events, one at a time (the worker gathers them into batches). */
function readerStream(
  read: (input: AsyncIterable<string | Uint8Array>, options: ReaderOptions) => AsyncGenerator<ImportEvent>,
): StreamTask<ReaderOptions, StreamedImportEvent, void> {
  return async function* (source, options) {
    let header: ImportedHeader | undefined
    let sent = 0
    for await (const event of read(source, options)) {
      if (event.kind === 'header') {
        header = event.header
        sent = header.targetLangs.length
      } else if (header && header.targetLangs.length > sent) {
        yield [{ kind: 'targetLangs', langs: header.targetLangs.slice(sent) }]
        sent = header.targetLangs.length
      }
      yield [event]
    }
  }
}

/**
 * The parsing of uploaded files that runs in the `parse` pool's worker threads, by name
 * (docs/decisions/023-parsing-in-workers.md). Each reads the upload's chunks as they come.
 */
export const PARSE_STREAMS = {
  /** A TMX file's header and units, for an import into a document or the translation memory. */
  readTmx: readerStream(readTmx),
  /** An XLIFF 1.2 or 2 file's header and units. */
  readXliff: readerStream(readXliff),
  /** Every problem of a file before an import or for the check page, the schema check included (libxml2 in this thread). */
  checkExchangeFile: async function* (source, { format, maxBytes }) {
    return await checkExchangeFile(source, format, maxBytes)
  } satisfies StreamTask<{ format: ImportFormat; maxBytes: number }, never, CheckReport>,
  /** A project JSON file read whole (one `JSON.parse`, then its checks) and planned as an import (`ImportPlan`). */
  planJsonImport: async function* (source, { maxBytes, fileName }) {
    const plan = planDocumentFromJson(await readJsonDocument(source, maxBytes), fileName)
    yield plan.paragraphs.map((content): PlanPiece => ({ part: 'paragraph', content }))
    for (const translation of plan.translations) {
      yield [{ part: 'translation', lang: translation.lang }]
      yield translation.segments.map((segment): PlanPiece => ({ part: 'segment', segment }))
      yield translation.links.map((link): PlanPiece => ({ part: 'link', link }))
    }
    return plan.document
  } satisfies StreamTask<{ maxBytes: number; fileName: string }, PlanPiece, ImportPlan['document']>,
}

export type ParseStreams = typeof PARSE_STREAMS
