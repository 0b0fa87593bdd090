import { utf8Length } from './decode-xml-input'

/** Text chunks passed through to a reader, and the whole text afterwards when it stayed within the limit. */
export type TextCopy = {
  chunks: AsyncIterable<string>
  /** The whole text once `chunks` has been read to its end; undefined while unread or when it grew past the limit. */
  text(): string | undefined
  /** The text grew past the limit, so no copy was kept. */
  readonly overflowed: boolean
  /** Drops the copy and keeps none from here on (the text turned out not to need a second check). */
  discard(): void
}

/**
 * Passes decoded text through and keeps a copy while the text stays within `maxBytes` (UTF-8), so that a second
 * check (schema validation) can read a small file whole without reading the input twice.
 */
export function copyText(source: AsyncIterable<string>, maxBytes: number): TextCopy {
  let kept: string[] = []
  let bytes = 0
  let overflowed = false
  let discarded = false
  let done = false
  async function* pass(): AsyncGenerator<string> {
    for await (const chunk of source) {
      if (!overflowed && !discarded) {
        bytes += utf8Length(chunk)
        if (bytes > maxBytes) {
          overflowed = true
          kept = []
        } else kept.push(chunk)
      }
      yield chunk
    }
    done = true
  }
  return {
    chunks: pass(),
    text: () => (done && !overflowed && !discarded ? kept.join('') : undefined),
    get overflowed() {
      return overflowed
    },
    discard() {
      discarded = true
      kept = []
    },
  }
}
