/** One segment of `segmentText`, with its index in the whole text. */
export type TextSegment = { segment: string; index: number; isWordLike: boolean }

export type SegmentWindow = {
  /** Characters segmented at once. */
  size: number
  /** Segments ending this close to a window's cut are segmented again with what follows (look-ahead). */
  margin: number
}

const WINDOWS: Record<'word' | 'sentence' | 'grapheme', SegmentWindow> = {
  word: { size: 256, margin: 32 },
  grapheme: { size: 256, margin: 32 },
  sentence: { size: 2048, margin: 256 },
}

/**
 * The segments of `text`, as `segmenter.segment(text)` gives them, in time linear in the text.
 *
 * V8 copies the whole input into every segment object it yields (its `input`), so iterating one
 * long paragraph directly is quadratic: 20,000 words took 26 s to count. This segments short
 * windows instead. A window's last segments (those ending within `margin` of its cut) are left for
 * the next window, which starts on the last boundary kept, so every boundary is found with the
 * look-ahead it needs; a window holding no whole segment doubles until it does, so a long word or
 * sentence is never cut.
 */
export function* segmentText(
  segmenter: Intl.Segmenter,
  text: string,
  window: SegmentWindow = WINDOWS[segmenter.resolvedOptions().granularity],
): Generator<TextSegment> {
  let start = 0
  let size = window.size
  while (start < text.length) {
    let end = Math.min(text.length, start + size)
    // Never cut between the two halves of a surrogate pair.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    const isLast = end === text.length
    const limit = end - start - window.margin
    const kept: TextSegment[] = []
    let keptEnd = 0
    for (const part of segmenter.segment(text.slice(start, end))) {
      const partEnd = part.index + part.segment.length
      if (!isLast && partEnd > limit) break
      kept.push({ segment: part.segment, index: start + part.index, isWordLike: part.isWordLike ?? false })
      keptEnd = partEnd
    }
    if (kept.length === 0) {
      size *= 2
      continue
    }
    yield* kept
    start += keptEnd
    size = window.size
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
