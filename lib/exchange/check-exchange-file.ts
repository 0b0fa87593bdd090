import { checkFile } from '@/lib/formats/check-file'
import type { ValidateSchema } from '@/lib/formats/check-schema'
import { decodeXmlInput, type XmlInput } from '@/lib/formats/decode-xml-input'
import { FormatError, type FormatProblem } from '@/lib/formats/format-error'
import { parseParallelJson } from '@/lib/formats/read-json'
import type { AlignedDocument } from '@/lib/formats/aligned-document'
import type { ImportFormat } from './detect-format'

/** A problem as the API reports it: the code without the `errors.` prefix (an i18n key under `errors.`). */
export type ReportProblem = {
  line: number
  column: number
  severity: 'error' | 'warning'
  code: string
  message: string
  params: Record<string, string>
}
/** `problems` holds at most `MAX_PROBLEMS` (+ a fatal one); `problemCount` counts them all. */
export type CheckReport = {
  format: ImportFormat
  ok: boolean
  units: number
  problems: ReportProblem[]
  problemCount: number
  truncated: boolean
}

/** Turns a format problem into its API shape. */
export function toReportProblem(problem: FormatProblem): ReportProblem {
  return {
    line: problem.line,
    column: problem.column,
    severity: problem.severity,
    code: problem.code.replace(/^errors\./, ''),
    message: problem.message,
    params: problem.params ?? {},
  }
}

/** The problem a thrown format error stands for. */
export function problemOfError(error: FormatError): ReportProblem {
  return toReportProblem({
    code: error.code,
    severity: 'error',
    line: error.line,
    column: error.column,
    message: error.message,
    params: error.params,
  })
}

/** Reads a whole project JSON file (any encoding the XML decoder knows, with the size limit). */
export async function readJsonDocument(input: XmlInput, maxBytes: number): Promise<AlignedDocument> {
  let text = ''
  for await (const chunk of decodeXmlInput(input, maxBytes)) text += chunk
  return parseParallelJson(text)
}

/** Every problem of a TMX, XLIFF or project JSON file, without importing it. */
export async function checkExchangeFile(
  input: XmlInput,
  format: ImportFormat,
  maxBytes: number,
  { validate }: { validate?: ValidateSchema } = {},
): Promise<CheckReport> {
  if (format === 'json') {
    try {
      const doc = await readJsonDocument(input, maxBytes)
      const units = doc.translations.reduce((n, t) => n + (t.links as unknown[]).length, 0)
      return { format, ok: true, units, problems: [], problemCount: 0, truncated: false }
    } catch (error) {
      if (!(error instanceof FormatError)) throw error
      return { format, ok: false, units: 0, problems: [problemOfError(error)], problemCount: 1, truncated: false }
    }
  }
  const result = await checkFile(input, { format, maxBytes, ...(validate ? { validate } : {}) })
  return {
    format,
    ok: result.ok,
    units: result.units,
    problems: result.problems.map(toReportProblem),
    problemCount: result.problemCount,
    truncated: result.truncated,
  }
}
