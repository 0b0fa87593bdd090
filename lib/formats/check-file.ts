import type { XmlInput } from './decode-xml-input'
import { FormatError, type FormatProblem } from './format-error'
import { readTmx } from './read-tmx'
import { createProblemList } from './problem-sink'
import { readXliff } from './read-xliff'

export type CheckFileOptions = { format: 'tmx' | 'xliff'; maxBytes?: number }
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
 * Reports every problem of a TMX or XLIFF file with line and column, without importing it:
 * well-formedness, required attributes, languages, inline code pairing, states, unknown elements.
 * The importers run the same checks (they stop at the first error). Only the first `MAX_PROBLEMS`
 * problems are kept, so a file with a problem in every byte costs bounded memory.
 */
export async function checkFile(content: XmlInput, options: CheckFileOptions): Promise<CheckFileResult> {
  const list = createProblemList()
  const read = options.format === 'tmx' ? readTmx : readXliff
  let units = 0
  let fatal: FormatProblem | undefined
  try {
    for await (const ev of read(content, { maxBytes: options.maxBytes, onProblem: (p) => list.add(p) }))
      if (ev.kind === 'unit') units++
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
  // The problem that stopped the read is always shown, even past the limit.
  const problems = fatal ? [...list.kept, fatal] : [...list.kept]
  problems.sort((a, b) => a.line - b.line || a.column - b.column)
  const problemCount = list.total + (fatal ? 1 : 0)
  return { ok: !list.hasError && !fatal, units, problems, problemCount, truncated: problemCount > problems.length }
}
