import type { FormatProblem } from './format-error'
import type { ImportedHeader } from './imported-unit'
import type { ProblemList } from './problem-sink'
import type { TextCopy } from './text-copy'
import { validateSchema, type SchemaName, type SchemaReport } from './validate-schema'

/** What runs libxml2's validation: `validateSchema` itself, or the server's version of it in a worker thread. */
export type ValidateSchema = (text: string, name: SchemaName, keep: number) => Promise<SchemaReport>

/**
 * Largest file validated against its schema. libxml2 reads the file whole: a 10 MB XLIFF file takes about 70 MB of
 * WebAssembly memory, which the process keeps for its lifetime (docs/decisions/013-schema-validation.md).
 */
/** The deepest nesting libxml2 validates (without its "huge" option, which lifts other limits too). */
const SCHEMA_MAX_DEPTH = 256
export const SCHEMA_MAX_BYTES = 32 * 1024 ** 2

/** The schema a file is validated against: XLIFF 2.0/2.1 their OASIS schemas, TMX the 1.4b DTD, XLIFF 1.2 none. */
export function schemaFor(
  format: 'tmx' | 'xliff',
  header: ImportedHeader | undefined,
): SchemaName | 'none' | 'unknown' {
  if (format === 'tmx') return 'tmx-1.4'
  if (header?.format !== 'xliff-2') return 'none'
  if (header.version === '2.0') return 'xliff-2.0'
  // A missing version is reported by the reader and the 2.1 schema alike.
  if (header.version === '2.1' || header.version === '') return 'xliff-2.1'
  return 'unknown'
}

function formatLimit(bytes: number): string {
  return bytes >= 1024 ** 2 ? `${Math.round(bytes / 1024 ** 2)} MB` : `${bytes} bytes`
}

/**
 * Validates the copy of a file against its schema and adds what it finds to `list`: `errors.check.schema` (errors
 * for XLIFF 2; warnings for TMX, whose real files often break the DTD harmlessly), or `errors.import.malformedXml`
 * when libxml2 cannot read the file (undeclared namespace prefixes). A file past `maxBytes`, or of an XLIFF 2 version
 * without a schema here, gets a warning saying it was not validated.
 */
export async function checkSchema(
  copy: TextCopy,
  schema: SchemaName | 'unknown',
  header: ImportedHeader | undefined,
  list: ProblemList,
  maxBytes: number,
  validate: ValidateSchema = validateSchema,
): Promise<void> {
  const start = { line: 1, column: 1 }
  if (schema === 'unknown') {
    const version = header?.version ?? ''
    list.add({
      code: 'errors.check.schemaVersion',
      severity: 'warning',
      ...start,
      message: `No schema for XLIFF ${version} here: the file was not validated against one`,
      params: { version },
    })
    return
  }
  const text = copy.text()
  if (text === undefined) {
    const limit = formatLimit(maxBytes)
    list.add({
      code: 'errors.check.schemaTooLarge',
      severity: 'warning',
      ...start,
      message: `The file is larger than ${limit}, so it was not validated against its schema`,
      params: { limit },
    })
    return
  }
  const severity: FormatProblem['severity'] = schema === 'tmx-1.4' ? 'warning' : 'error'
  const found = await validate(text, schema, Math.max(0, list.limit - list.kept.length))
  for (const issue of found.issues) {
    // libxml2 stops at 256 levels of nesting: the file may well be fine (our reader has no such limit).
    if (issue.parse && /^Excessive depth/.test(issue.message)) {
      list.add({
        code: 'errors.check.schemaTooDeep',
        severity: 'warning',
        line: issue.line,
        column: issue.column,
        message: `Elements are nested more than ${SCHEMA_MAX_DEPTH} levels deep, so the file was not validated against its schema`,
        params: { depth: String(SCHEMA_MAX_DEPTH) },
      })
      continue
    }
    list.add({
      code: issue.parse ? 'errors.import.malformedXml' : 'errors.check.schema',
      severity,
      line: issue.line,
      column: issue.column,
      message: issue.message,
      ...(issue.parse ? {} : { params: { message: issue.message } }),
    })
  }
  list.addUnkept(found.total - found.issues.length, severity)
}
