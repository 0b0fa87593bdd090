import { diffArrays } from 'diff'

/** One run of a word-level diff: text both versions share, or text only the newer (`added`) or older (`removed`) has. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/** Beyond this many edits the diff says "all of it changed" rather than search on (Myers is O(N·D)). */
const MAX_EDIT_LENGTH = 2000

// A Han or kana character is a word of its own (those scripts put no spaces between words); other
// letters, marks and digits run together into words; every space run and punctuation mark is a token.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu

/** The tokens of a text, in one linear pass (Intl.Segmenter is quadratic on long input in Node). */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/**
 * The word-level difference between two plain texts (the `diff` package's Myers diff over word
 * tokens), so a reviewer reads what changed rather than the whole paragraph. Very different texts give
 * one removal and one addition instead of a slow search.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  const changes = diffArrays(wordTokens(before), wordTokens(after), { maxEditLength: MAX_EDIT_LENGTH })
  if (!changes) return [...(before ? [removed(before)] : []), ...(after ? [added(after)] : [])]
  return changes
    .filter((change) => change.value.length > 0)
    .map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value.join(''),
    }))
}

const added = (text: string): DiffPart => ({ kind: 'added', text })
const removed = (text: string): DiffPart => ({ kind: 'removed', text })

/** True when the diff changes anything. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same')
}
