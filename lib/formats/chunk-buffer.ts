// 32K UTF-16 units = 64 KB: a chunk of non-Latin text must stay under V8's 128 KB regular-object
// limit, or every chunk is allocated in large-object space and export runs several times slower.
const CHUNK_CHARS = 32 * 1024

/** Collects small strings and hands them out in chunks of about 64 KB, so writers yield rarely. */
export type ChunkBuffer = { add(text: string): string | undefined; flush(): string | undefined }

/** Makes an empty chunk buffer. */
export function createChunkBuffer(): ChunkBuffer {
  let parts: string[] = []
  let size = 0
  const flush = () => {
    if (size === 0) return undefined
    const out = parts.length === 1 ? parts[0]! : parts.join('')
    parts = []
    size = 0
    return out
  }
  return {
    add(text) {
      // Hand out what is buffered before it would grow past the limit; one huge text goes out alone.
      const out = size > 0 && size + text.length > CHUNK_CHARS ? flush() : undefined
      parts.push(text)
      size += text.length
      return out
    },
    flush,
  }
}
