// A title is one line of text: it names a document in lists, exports and file names.
const BREAKS = /[\s\p{Cc}]+/gu

/** The longest document title, in UTF-16 code units. */
export const TITLE_MAX_LENGTH = 500

/** A title as stored: each run of white space and control characters (CR, LF, tab, C0, C1) one space, trimmed. */
export function normalizeTitle(text: string): string {
  return text.replace(BREAKS, ' ').trim()
}
