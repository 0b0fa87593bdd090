import type { AlignedLink, LinkStream } from './aligned-document'

/**
 * Reads a link stream with lookahead. A sync stream is read on demand, so `isReady` is always
 * true; an async one must be `fill`ed (awaited) before `peek` can see that far ahead.
 */
export type LinkCursor = {
  /** True when `peek(ahead)` can answer now (the link is buffered or the stream has ended). */
  isReady(ahead: number): boolean
  /** Reads an async stream until `peek(ahead)` can answer. */
  fill(ahead: number): Promise<void>
  /** The link `ahead` places after the next one (0 = next), or undefined at the end; call `isReady` first. */
  peek(ahead: number): AlignedLink | undefined
  /** Takes the next link; call `peek` first. */
  take(): AlignedLink
}

/** Wraps a link stream in a cursor. */
export function createLinkCursor(stream: LinkStream): LinkCursor {
  // A queue with a moving head: shift() on every take would copy the buffer.
  let buffer: AlignedLink[] = []
  let head = 0
  let done = false
  const syncIt = Symbol.iterator in stream ? (stream as Iterable<AlignedLink>)[Symbol.iterator]() : undefined
  const asyncIt = syncIt ? undefined : (stream as AsyncIterable<AlignedLink>)[Symbol.asyncIterator]()
  const push = (r: IteratorResult<AlignedLink>) => {
    if (r.done) done = true
    else buffer.push(r.value)
  }
  return {
    isReady(ahead) {
      if (syncIt) while (buffer.length - head <= ahead && !done) push(syncIt.next())
      return done || buffer.length - head > ahead
    },
    async fill(ahead) {
      while (buffer.length - head <= ahead && !done) push(syncIt ? syncIt.next() : await asyncIt!.next())
    },
    peek(ahead) {
      return buffer[head + ahead]
    },
    take() {
      if (head >= buffer.length) throw new Error('take() without a link: call peek() first')
      const link = buffer[head++]!
      if (head === buffer.length || head >= 1024) {
        buffer = buffer.slice(head)
        head = 0
      }
      return link
    },
  }
}
