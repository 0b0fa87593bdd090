import type { XmlInput } from './decode-xml-input'
import { FormatError, type FormatProblem } from './format-error'
import { readTmx } from './read-tmx'
import { readXliff } from './read-xliff'

export type CheckFileOptions = { format: 'tmx' | 'xliff'; maxBytes?: number }
export type CheckFileResult = { ok: boolean; units: number; problems: FormatProblem[] }

/**
 * Reports every problem of a TMX or XLIFF file with line and column, without importing it:
 * well-formedness, required attributes, languages, inline code pairing, states, unknown elements.
 * The importers run the same checks (they stop at the first error).
 */
export async function checkFile(content: XmlInput, options: CheckFileOptions): Promise<CheckFileResult> {
  const problems: FormatProblem[] = []
  const read = options.format === 'tmx' ? readTmx : readXliff
  let units = 0
  try {
    for await (const ev of read(content, { maxBytes: options.maxBytes, onProblem: (p) => problems.push(p) }))
      if (ev.kind === 'unit') units++
  } catch (error) {
    if (!(error instanceof FormatError)) throw error
    problems.push({
      code: error.code,
      severity: 'error',
      line: error.line,
      column: error.column,
      message: error.message,
      params: error.params,
    })
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column)
  return { ok: !problems.some((p) => p.severity === 'error'), units, problems }
}
