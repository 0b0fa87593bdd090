import { foldWithOffsets, type FoldOptions } from './fold-text'

/** A hit of a concordance search: where it is in the original text (UTF-16 offsets, end exclusive). */
export type TextHit = { start: number; end: number }

/**
 * Every occurrence of `query` in `text`, compared after folding (ё/е and normal forms always; case and
 * diacritics when asked), as spans of the original text for highlighting.
 */
export function findHits(text: string, query: string, options: FoldOptions): TextHit[] {
  const needle = foldWithOffsets(query.trim(), options).text
  if (needle === '') return []
  const haystack = foldWithOffsets(text, options)
  const hits: TextHit[] = []
  let from = 0
  for (;;) {
    const at = haystack.text.indexOf(needle, from)
    if (at < 0) break
    const end = at + needle.length - 1
    // A hit cuts no character in two: 'cafe' is not in 'café' unless diacritics are ignored.
    const isCut =
      (at > 0 && haystack.starts[at - 1] === haystack.starts[at]) || haystack.starts[end + 1] === haystack.starts[end]
    from = at + 1
    if (isCut) continue
    hits.push({ start: haystack.starts[at]!, end: haystack.ends[end]! })
    from = at + needle.length
  }
  return hits
}
