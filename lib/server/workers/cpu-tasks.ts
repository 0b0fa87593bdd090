import { realignUnconfirmed } from '@/lib/alignment-ops/realign-unconfirmed'
import type { OpLink } from '@/lib/alignment-ops/types'
import { newId } from '@/lib/db/bulk-insert'
import { planSentenceLinks, type SentenceLinkRow } from '@/lib/db/sentence-links'
import { loadSpeller } from '@/lib/server/spelling/load-speller'
import { alignSentencesFirst } from '@/lib/server/translations/align-sentences-first'
import { checkSpelling, SUGGESTION_BUDGET_MS, type CheckSpellingOptions } from '@/lib/spelling/check-spelling'
import { validateSchema, type SchemaName, type SchemaReport } from '@/lib/formats/validate-schema'
import type { Misspelling } from '@/lib/spelling/types'
import type { MessagePort } from 'node:worker_threads'
import {
  prepareArticle,
  prepareTitledArticle,
  type ArticleInput,
  type TitledArticle,
} from '@/lib/import/prepare-article'
import type { RichDoc } from '@/lib/richtext/types'
import type { ReadGlossary } from '@/lib/glossary/glossary-file'
import { readGlossaryFile, type GlossaryFormat } from '@/lib/glossary/read-glossary-file'
import type { LangPair } from '@/lib/glossary/term'
import { PARSE_STREAMS, type ParseStreams } from './parse-streams'
import type { Task } from './serve-tasks'
import { serveStream, type StreamTask } from './worker-stream'

type Langs = { sourceLang: string; targetLang: string }
type Unit = { id: string; text: string }

/**
 * The CPU-bound work that runs in the worker threads (`cpu-worker.ts`), by name. Inputs and outputs are
 * plain data (structured clone: objects, arrays, Maps, Sets), so the calling thread's event loop stays free.
 */
export const CPU_TASKS = {
  /** An import's alignment of a whole translation: paragraph links and the sentence pairs inside them. */
  alignSentencesFirst: ((input, progress) =>
    alignSentencesFirst(input.sources, input.targets, input.langs, progress)) satisfies Task<
    { sources: Unit[]; targets: Unit[]; langs: Langs },
    ReturnType<typeof alignSentencesFirst>
  >,
  /** "Realign unconfirmed": every stretch of automatic links aligned again. */
  realignUnconfirmed: ((input) =>
    realignUnconfirmed(input.links, input.texts, input.langs, newId, input.anchors)) satisfies Task<
    {
      links: OpLink[]
      texts: { source: Map<string, string>; target: Map<string, string> }
      langs: Langs
      anchors: Set<string>
    },
    OpLink[]
  >,
  /** The sentence pairs inside links a paragraph edit or a realignment changed. */
  planSentenceLinks: ((input) => planSentenceLinks(input.links, input.texts, input.langs)) satisfies Task<
    {
      links: Array<Pick<OpLink, 'id' | 'sources' | 'targets'>>
      texts: { source: Map<string, string>; target: Map<string, string> }
      langs: Langs
    },
    SentenceLinkRow[]
  >,
  /** A TMX or XLIFF 2 file validated against its DTD or schema by libxml2 (whole, in memory: seconds for 20 MB). */
  validateSchema: ((input) => validateSchema(input.text, input.name, input.keep)) satisfies Task<
    { text: string; name: SchemaName; keep: number },
    SchemaReport
  >,
  /**
   * Spelling of many texts against a Hunspell dictionary, loaded in this thread on first use (seconds of CPU,
   * up to 400 MB) and kept: spelling tasks all go to one worker (`spellingPool`), so each loads once.
   */
  checkSpelling: (async (input) => {
    const speller = await loadSpeller(input.dictionaryId)
    // One budget for the suggestions of all the task's texts, counted from when the dictionary is ready.
    const options = { ...input.options, suggestUntil: performance.now() + SUGGESTION_BUDGET_MS }
    return input.texts.map((text) => checkSpelling(text, speller, options))
  }) satisfies Task<{ dictionaryId: string; texts: string[]; options: CheckSpellingOptions }, Misspelling[][]>,
  /**
   * Pasted text or an uploaded document (.txt, .md, .html, .docx) as rich paragraphs: Markdown within the
   * limits still took 6.6 s for 5 MB, which the request thread spent away from everyone else.
   */
  prepareArticle: ((input) => prepareArticle(input.article, input.maxBytes)) satisfies Task<
    { article: ArticleInput; maxBytes: number },
    RichDoc[]
  >,
  /** An uploaded document as rich paragraphs and the title it names (`prepareTitledArticle`). */
  prepareTitledArticle: ((input) =>
    prepareTitledArticle(input.article, input.maxBytes, input.givenTitle)) satisfies Task<
    { article: Extract<ArticleInput, { kind: 'file' }>; maxBytes: number; givenTitle: string },
    TitledArticle
  >,
  /** An uploaded CSV or TBX glossary read into its rows (`readGlossaryFile`). */
  readGlossaryFile: ((input) => readGlossaryFile(input.bytes, input.format, input.pair)) satisfies Task<
    { bytes: Uint8Array; format: GlossaryFormat; pair: LangPair },
    ReadGlossary
  >,
  /**
   * One of PARSE_STREAMS, reading an upload the calling thread sends chunk by chunk over `port` and posting
   * what it finds back on it (`streamThroughWorker`); the task itself answers nothing.
   */
  parseStream: ((input) =>
    serveStream(
      input.port,
      PARSE_STREAMS[input.name] as StreamTask<unknown, unknown, unknown>,
      input.options,
    )) satisfies Task<{ name: keyof ParseStreams; options: unknown; port: MessagePort }, void>,
}

export type CpuTasks = typeof CPU_TASKS
