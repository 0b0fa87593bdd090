import type { AlignedLink, LinkStream } from './aligned-document'

/** Reads a link stream with lookahead, whether it is sync or async. */
export type LinkCursor = {
  /** The link `ahead` places after the next one (0 = next), or undefined at the end. */
  peek(ahead?: number): Promise<AlignedLink | undefined>
  /** Takes the next link; call `peek` first. */
  take(): AlignedLink
}

/** Wraps a link stream in a cursor. */
export function createLinkCursor(stream: LinkStream): LinkCursor {
  const buffer: AlignedLink[] = []
  let done = false
  const syncIt = Symbol.iterator in stream ? (stream as Iterable<AlignedLink>)[Symbol.iterator]() : undefined
  const asyncIt = syncIt ? undefined : (stream as AsyncIterable<AlignedLink>)[Symbol.asyncIterator]()
  return {
    async peek(ahead = 0) {
      while (buffer.length <= ahead && !done) {
        const r = syncIt ? syncIt.next() : await asyncIt!.next()
        if (r.done) done = true
        else buffer.push(r.value)
      }
      return buffer[ahead]
    },
    take() {
      const link = buffer.shift()
      if (!link) throw new Error('take() without a link: call peek() first')
      return link
    },
  }
}
