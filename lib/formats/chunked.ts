// 32K UTF-16 units = 64 KB: a chunk of non-Latin text must stay under V8's 128 KB regular-object
// limit, or every chunk is allocated in large-object space and export runs several times slower.
/** The size, in UTF-16 code units, past which `chunked` hands out what it holds. */
export const CHUNK_CHARS = 32 * 1024

/**
 * What a writer yields: a piece of its output, or a promise to await before asking for the next
 * piece (how a sync generator reads an async link stream without a promise per unit).
 */
export type Piece = string | Promise<void>

/**
 * Joins a writer's pieces into chunks of about 64 KB, in order, and always hands out the rest at
 * the end: the only place an export is cut into chunks, so no writer can drop what it buffered.
 * One piece longer than the limit goes out alone.
 */
export async function* chunked(pieces: Iterable<Piece>): AsyncGenerator<string> {
  let parts: string[] = []
  let size = 0
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      await piece
      continue
    }
    if (size > 0 && size + piece.length > CHUNK_CHARS) {
      yield parts.join('')
      parts = []
      size = 0
    }
    parts.push(piece)
    size += piece.length
  }
  if (size > 0) yield parts.join('')
}
