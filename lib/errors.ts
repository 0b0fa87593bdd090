/**
 * Every failure a user can cause, as an i18n key under `errors.` and the HTTP status it maps to;
 * `server.internal` names a bug, whose details stay in the server log.
 */
export const ERROR_STATUS = {
  'validation.invalid': 400,
  'validation.contentType': 415,
  'auth.forbidden': 403,
  'auth.required': 401,
  'auth.crossSite': 403,
  'user.exists': 409,
  'user.emailInvalid': 400,
  'user.passwordLength': 400,
  'user.notFound': 404,
  'user.lastAdmin': 409,
  'user.deleteSelf': 409,
  'token.notFound': 404,
  'assignment.notAllowed': 422,
  'validation.richText': 400,
  'validation.text': 400,
  'validation.version': 400,
  'import.empty': 400,
  'import.binary': 415,
  'import.markdownTooComplex': 422,
  'import.encoding': 415,
  'import.tooLarge': 413,
  'import.docxTooLarge': 413,
  'import.unsupportedType': 415,
  'import.noParagraphs': 400,
  'import.invalidFile': 422,
  'import.unknownFormat': 415,
  'import.notTmx': 415,
  'import.sourceMismatch': 409,
  'import.noUnits': 400,
  'import.noUnitsSelected': 422,
  'import.noTargetLang': 422,
  'import.noSourceText': 422,
  'import.noTextInLanguage': 422,
  'import.jsonNewDocument': 400,
  'import.jobNotFound': 404,
  'import.cancelled': 409,
  'import.jobEnded': 409,
  'import.ownerDeleted': 403,
  'import.ownerForbidden': 403,
  'import.incompleteAlignment': 422,
  'import.lengthRequired': 411,
  'import.updateNoMatch': 409,
  'import.updateNoSegment': 409,
  'import.zipTooLarge': 413,
  'import.zipUnreadable': 415,
  'import.zipTooManyFiles': 413,
  'import.unsafeName': 400,
  'import.noPairs': 422,
  'import.folderFiles': 400,
  'export.languages': 400,
  'export.bilingual': 400,
  'document.notFound': 404,
  'translation.notFound': 404,
  'translation.exists': 409,
  'translation.sameAsSource': 400,
  'language.invalid': 400,
  'segment.notFound': 404,
  'segment.conflict': 409,
  'segment.tooLarge': 413,
  'segment.transitionRefused': 422,
  'revision.notFound': 404,
  'segment.rejectNeedsComment': 422,
  'comment.notFound': 404,
  'live.tooManyStreams': 429,
  'presence.notFound': 404,
  'comment.invalidMark': 400,
  'comment.invalidParent': 400,
  'request.tooLarge': 413,
  'request.methodNotAllowed': 405,
  'request.notFound': 404,
  'server.unavailable': 503,
  'server.shuttingDown': 503,
  'server.notMigrated': 503,
  'server.internal': 500,
  'alignment.conflict': 409,
  'alignment.linkNotFound': 404,
  'alignment.invalidOperation': 400,
  'alignment.nothingToRedo': 409,
  'alignment.nothingToUndo': 409,
  'alignment.segmentEdited': 409,
  'glossary.termNotFound': 404,
  'glossary.termExists': 409,
  'glossary.conflict': 409,
  'glossary.invalidTerm': 400,
  'glossary.samePair': 400,
  'glossary.invalidFile': 422,
  'spelling.invalidWord': 400,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

/** A failure the user caused: it carries a stable code, never an English message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code)
    this.name = 'AppError'
  }

  get status(): number {
    return ERROR_STATUS[this.code]
  }
}

/** True for AppError values, also across module copies. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError' && 'code' in error)
}

/** True for a string that is one of the error codes (a Zod issue may carry one as its message). */
export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, value)
}
