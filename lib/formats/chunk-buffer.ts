const CHUNK_CHARS = 64 * 1024

/** Collects small strings and hands them out in chunks of about 64 KB, so writers yield rarely. */
export type ChunkBuffer = { add(text: string): string | undefined; flush(): string | undefined }

/** Makes an empty chunk buffer. */
export function createChunkBuffer(): ChunkBuffer {
  let parts: string[] = []
  let size = 0
  const flush = () => {
    if (size === 0) return undefined
    const out = parts.join('')
    parts = []
    size = 0
    return out
  }
  return {
    add(text) {
      parts.push(text)
      size += text.length
      return size >= CHUNK_CHARS ? flush() : undefined
    },
    flush,
  }
}
