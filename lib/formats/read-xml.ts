import { SaxesParser } from 'saxes'
import { decodeXmlInput, DEFAULT_MAX_BYTES, type XmlInput } from './decode-xml-input'
import { FormatError, type FormatErrorCode, type FormatProblem } from './format-error'

export type XmlPosition = { line: number; column: number }

export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; line: number; column: number }
  | { kind: 'close'; name: string; line: number; column: number }
  | { kind: 'text'; text: string; line: number; column: number }

export type ReadXmlOptions = {
  /** Refuse input larger than this (bytes; default 1 GB). */
  maxBytes?: number
  /** When set, well-formedness errors are reported here and reading goes on; otherwise they throw. */
  onProblem?: (problem: FormatProblem) => void
  /** Without `onProblem`, warnings (a declared encoding the bytes contradict) are reported here. */
  onWarning?: (problem: FormatProblem) => void
}

// A DOCTYPE may name an external DTD (never fetched), but may not declare entities.
const ENTITY_DECL = /<!ENTITY|%[A-Za-z_][\w.-]*;/

/**
 * Feeds the parser without stack traces: saxes makes an Error for every well-formedness problem, and
 * capturing its stack was two thirds of the time of checking a file with a bad byte in every place.
 * The write is synchronous, so the setting is restored before any other code runs.
 */
function writeQuietly(parser: SaxesParser, text: string): void {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    parser.write(text)
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * Streams XML events in batches, one batch per input chunk. Refuses entity declarations (XXE,
 * billion laughs), input over `maxBytes`, bad encodings and truncated files with a `FormatError`.
 */
export async function* readXml(input: XmlInput, options: ReadXmlOptions = {}): AsyncGenerator<XmlEvent[]> {
  const parser = new SaxesParser({ position: true })
  let batch: XmlEvent[] = []
  let depth = 0
  let sawRoot = false
  let tagLine = 1
  let tagColumn = 1
  const here = (): XmlPosition => ({ line: parser.line, column: parser.column + 1 })
  const fail = (code: FormatErrorCode, message: string, at: XmlPosition = here()) => {
    throw new FormatError(code, message, at)
  }
  parser.on('doctype', (doctype) => {
    if (ENTITY_DECL.test(doctype)) fail('errors.import.doctype', 'DOCTYPE declarations with entities are not accepted')
  })
  parser.on('opentagstart', (tag) => {
    tagLine = parser.line
    tagColumn = Math.max(1, parser.column - tag.name.length - 1)
  })
  parser.on('opentag', (tag) => {
    depth++
    sawRoot = true
    batch.push({
      kind: 'open',
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      line: tagLine,
      column: tagColumn,
    })
    if (tag.isSelfClosing) {
      depth--
      batch.push({ kind: 'close', name: tag.name, line: tagLine, column: tagColumn })
    }
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    depth--
    batch.push({ kind: 'close', name: tag.name, line: parser.line, column: parser.column + 1 })
  })
  const onText = (text: string) => {
    if (depth > 0) batch.push({ kind: 'text', text, line: parser.line, column: parser.column + 1 })
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('error', (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '')
    const problem: FormatProblem = { code: 'errors.import.malformedXml', severity: 'error', ...here(), message }
    if (!options.onProblem) throw FormatError.fromProblem(problem)
    options.onProblem(problem)
  })
  try {
    for await (const text of decodeXmlInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES, {
      onWarning: options.onProblem ?? options.onWarning,
    })) {
      writeQuietly(parser, text)
      if (batch.length > 0) {
        yield batch
        batch = []
      }
    }
  } catch (error) {
    if (error instanceof FormatError && error.line === 0)
      throw new FormatError(error.code, error.message.replace(/ \(line.*$/, ''), here(), error.params)
    throw error
  }
  if (!sawRoot) fail('errors.import.empty', 'The file has no root element')
  if (depth > 0) fail('errors.import.truncated', 'The file ends before its elements are closed')
  parser.close()
  if (batch.length > 0) yield batch
}
