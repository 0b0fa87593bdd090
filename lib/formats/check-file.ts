import { checkSchema, SCHEMA_MAX_BYTES, schemaFor, type ValidateSchema } from './check-schema'
import { decodeXmlInput, DEFAULT_MAX_BYTES, type XmlInput } from './decode-xml-input'
import { FormatError, type FormatProblem } from './format-error'
import type { ImportedHeader } from './imported-unit'
import { readTmx } from './read-tmx'
import { createProblemList } from './problem-sink'
import { readXliff } from './read-xliff'
import { copyText } from './text-copy'

export type CheckFileOptions = {
  format: 'tmx' | 'xliff'
  maxBytes?: number
  /** Files larger than this are not validated against their schema, with a warning (default `SCHEMA_MAX_BYTES`). */
  schemaMaxBytes?: number
  /** Runs the schema validation (default: libxml2 in this thread; the server passes its worker's). */
  validate?: ValidateSchema
}
export type CheckFileResult = {
  ok: boolean
  units: number
  /** The first `MAX_PROBLEMS` problems by position (and a fatal one that stopped the read). */
  problems: FormatProblem[]
  /** Every problem found, kept or not. */
  problemCount: number
  /** Some problems were counted but not kept. */
  truncated: boolean
}

/**
 * Reports every problem of a TMX or XLIFF file with line and column, without importing it: well-formedness,
 * required attributes, languages, ids, inline code pairing, states, unknown elements (the reader's checks, which
 * imports run too), then, for a well-formed file, its schema: the OASIS XSDs for XLIFF 2.0/2.1, the 1.4b DTD for
 * TMX (see `checkSchema`). The input is read once. Only the first `MAX_PROBLEMS` problems are kept, so a file with
 * a problem in every byte costs bounded memory.
 */
export async function checkFile(content: XmlInput, options: CheckFileOptions): Promise<CheckFileResult> {
  const list = createProblemList()
  const read = options.format === 'tmx' ? readTmx : readXliff
  const schemaMaxBytes = options.schemaMaxBytes ?? SCHEMA_MAX_BYTES
  let units = 0
  let header: ImportedHeader | undefined
  let malformed = false
  let fatal: FormatProblem | undefined
  const onProblem = (problem: FormatProblem) => {
    if (problem.code === 'errors.import.malformedXml') malformed = true
    list.add(problem)
  }
  // Decoded once here (the reader gets text), so the decoder's warnings (a declared encoding the bytes contradict) come from here.
  const decoded = decodeXmlInput(content, options.maxBytes ?? DEFAULT_MAX_BYTES, { onWarning: onProblem })
  const copy = copyText(decoded, schemaMaxBytes)
  try {
    // The size limit was applied while decoding; the reader counts UTF-8 bytes, which can exceed UTF-16 input's.
    for await (const ev of read(copy.chunks, { maxBytes: Number.MAX_SAFE_INTEGER, onProblem }))
      if (ev.kind === 'unit') units++
      else {
        header ??= ev.header
        if (schemaFor(options.format, header) === 'none') copy.discard()
      }
  } catch (error) {
    if (!(error instanceof FormatError)) throw error
    fatal = {
      code: error.code,
      severity: 'error',
      line: error.line,
      column: error.column,
      message: error.message,
      params: error.params,
    }
  }
  const schema = schemaFor(options.format, header)
  // libxml2 would only repeat the well-formedness errors the reader found.
  if (!fatal && !malformed && schema !== 'none')
    await checkSchema(copy, schema, header, list, schemaMaxBytes, options.validate)
  // The problem that stopped the read is always shown, even past the limit.
  const problems = fatal ? [...list.kept, fatal] : [...list.kept]
  problems.sort((a, b) => a.line - b.line || a.column - b.column)
  const problemCount = list.total + (fatal ? 1 : 0)
  return { ok: !list.hasError && !fatal, units, problems, problemCount, truncated: problemCount > problems.length }
}
