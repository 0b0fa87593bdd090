import { AppError } from '../errors'
import { findUnstorableText } from '../text/storable-text'
import { readBoundedBody } from './read-bounded-body'

/**
 * Reads a JSON request body of at most `maxBytes`, before any parsing: a larger declared length is
 * refused unread, and a body that streams past the limit is cancelled. Throws `request.tooLarge`
 * (413); a body that fails mid-way throws `validation.invalid` (400); malformed JSON throws a
 * SyntaxError (400 through `handle`); a string with a NUL or a lone surrogate (`\u0000`, `\ud800`), which
 * the database cannot store, throws `validation.text` (400) with its path as `field`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBoundedBody(request, maxBytes)
  const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown
  const field = findUnstorableText(value)
  if (field !== undefined) throw new AppError('validation.text', { field })
  return value
}
