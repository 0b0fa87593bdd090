import { foldWord, wordsOf } from './stem'
import type { TermMatch } from './term'
import type { IndexedTerm, TermIndex } from './term-index'

/**
 * The terms of the index found in a plain text, through inflection where the language has a stemmer
 * (see `MatchMode`), case-insensitively. Every occurrence is reported; where matches overlap, the
 * longest comes first (then the earliest), and groups of overlapping matches follow text order.
 * Linear in the text for a fixed longest term: each position looks up only the terms starting with it.
 */
export function findTerms(text: string, index: TermIndex): TermMatch[] {
  // No terms (a pair without a glossary): nothing to find, and stemming every word would be for nothing.
  if (index.byFirst.size === 0) return []
  const found = index.mode === 'substring' ? findSubstrings(text, index) : findWords(text, index)
  return orderOverlaps(found)
}

function findWords(text: string, index: TermIndex): TermMatch[] {
  const words = wordsOf(text, index.lang)
  const found: TermMatch[] = []
  for (let i = 0; i < words.length; i++) {
    for (const { term, keys } of index.byFirst.get(words[i]!.key) ?? []) {
      if (i + keys.length > words.length) continue
      let k = 1
      while (k < keys.length && words[i + k]!.key === keys[k]) k++
      if (k < keys.length) continue
      found.push(matchOf(term, words[i]!.start, words[i + keys.length - 1]!.end))
    }
  }
  return found
}

function findSubstrings(text: string, index: TermIndex): TermMatch[] {
  // Fold per code point, remembering where each folded unit came from, so offsets stay the text's own.
  let folded = ''
  const origin: number[] = []
  for (let at = 0; at < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(at)!)
    const piece = foldWord(char, index.lang)
    for (let u = 0; u < piece.length; u++) origin.push(at)
    folded += piece
    at += char.length
  }
  origin.push(text.length)
  const found: TermMatch[] = []
  for (let i = 0; i < folded.length; i++) {
    for (const { term, keys } of index.byFirst.get(folded[i]!) ?? []) {
      const key = keys[0]!
      if (folded.startsWith(key, i)) found.push(matchOf(term, origin[i]!, origin[i + key.length]!))
    }
  }
  return found
}

function matchOf(term: IndexedTerm, start: number, end: number): TermMatch {
  const { id: termId, sourceTerm, targetTerm, forbidden } = term
  return { termId, sourceTerm, targetTerm, forbidden, start, end }
}

/** Text order for separate matches; within a run of overlapping matches, longest first. */
function orderOverlaps(matches: TermMatch[]): TermMatch[] {
  const byStart = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const ordered: TermMatch[] = []
  let group: TermMatch[] = []
  let groupEnd = -1
  const flush = () => {
    group.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    ordered.push(...group)
    group = []
  }
  for (const match of byStart) {
    if (match.start >= groupEnd) flush()
    group.push(match)
    groupEnd = Math.max(groupEnd, match.end)
  }
  flush()
  return ordered
}
