import { readBoundedBody } from './read-bounded-body'

/**
 * Reads a JSON request body of at most `maxBytes`, before any parsing: a larger declared length is
 * refused unread, and a body that streams past the limit is cancelled. Throws `request.tooLarge`
 * (413); a body that fails mid-way throws `validation.invalid` (400); malformed JSON throws a
 * SyntaxError (400 through `handle`).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBoundedBody(request, maxBytes)
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown
}
