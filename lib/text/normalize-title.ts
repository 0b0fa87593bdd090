// A title is one line of text: it names a document in lists, exports and file names.
const BREAKS = /[\s\p{Cc}]+/gu
// Embeddings, overrides and isolates reorder what follows them: `a\u202Egnp.txt` reads as "atxt.png".
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu

/** The longest document title, in UTF-16 code units. */
export const TITLE_MAX_LENGTH = 500

/**
 * A title as stored: each run of white space and control characters (CR, LF, tab, C0, C1) one space,
 * trimmed, and no bidirectional embedding, override or isolate (a title must read as its characters).
 */
export function normalizeTitle(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(BREAKS, ' ').trim()
}

/** A title made of an uploaded file's name: its last path part (a client may send `../x/Report.tmx`) without the extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? ''
  return normalizeTitle(base.replace(/\.[^.]+$/, '') || base).slice(0, TITLE_MAX_LENGTH)
}
