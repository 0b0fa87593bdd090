/** Stable error codes; each is an i18n key under `errors.`. */
export const FORMAT_ERROR_CODES = [
  'errors.import.malformedXml',
  'errors.import.doctype',
  'errors.import.tooLarge',
  'errors.import.noSrcLang',
  'errors.import.encoding',
  'errors.import.encodingMismatch',
  'errors.import.truncated',
  'errors.import.empty',
  'errors.import.unknownFormat',
  'errors.import.invalidJson',
  'errors.import.jsonLines',
  'errors.import.unsupportedVersion',
  'errors.import.unstorableText',
  'errors.check.missingAttribute',
  'errors.check.invalidAttribute',
  'errors.check.unknownElement',
  'errors.check.misplacedElement',
  'errors.check.unpairedCode',
  'errors.check.duplicateCodeId',
  'errors.check.langMismatch',
  'errors.check.noSourceVariant',
  'errors.check.invalidState',
  'errors.check.missingTarget',
  'errors.check.otherLanguagePair',
  'errors.check.duplicateVariant',
  'errors.check.unboundPrefix',
  'errors.check.schema',
  'errors.check.schemaTooLarge',
  'errors.check.schemaTooDeep',
  'errors.check.schemaVersion',
  'errors.check.duplicateFileId',
  'errors.check.duplicateUnitId',
  'errors.check.duplicateSegmentId',
  'errors.check.duplicateInlineId',
  'errors.check.duplicateDataId',
  'errors.check.duplicateGroupId',
  'errors.check.duplicateNoteId',
  'errors.check.extensionAttribute',
  'errors.check.noTrgLang',
  'errors.check.unknownDataRef',
  'errors.export.languages',
  'errors.language.invalid',
] as const
export type FormatErrorCode = (typeof FORMAT_ERROR_CODES)[number]

/** One problem found in a file, with a 1-based line and column. */
export type FormatProblem = {
  code: FormatErrorCode
  severity: 'error' | 'warning'
  line: number
  column: number
  /** English detail for logs; the UI shows `t(code, params)`. */
  message: string
  params?: Record<string, string>
}

/** The typed error every importer and exporter throws for a bad file or bad options. */
export class FormatError extends Error {
  readonly code: FormatErrorCode
  readonly line: number
  readonly column: number
  readonly params: Record<string, string>

  constructor(
    code: FormatErrorCode,
    message: string,
    at?: { line: number; column: number },
    params?: Record<string, string>,
  ) {
    super(at ? `${message} (line ${at.line}, column ${at.column})` : message)
    this.name = 'FormatError'
    this.code = code
    this.line = at?.line ?? 0
    this.column = at?.column ?? 0
    this.params = params ?? {}
  }

  /**
   * The same error again from its fields (`message` as it was, position included): how one thrown in a worker
   * thread crosses back to the caller's (lib/server/workers/worker-protocol.ts).
   */
  static restore(fields: Pick<FormatError, 'code' | 'message' | 'line' | 'column' | 'params'>): FormatError {
    const error = new FormatError(fields.code, fields.message, undefined, fields.params)
    return Object.assign(error, { line: fields.line, column: fields.column })
  }

  /** Makes an error from a problem found by a check. */
  static fromProblem(problem: FormatProblem): FormatError {
    return new FormatError(problem.code, problem.message, problem, problem.params)
  }
}
