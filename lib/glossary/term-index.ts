import { foldWord, matchModeOf, wordsOf, type MatchMode } from './stem'
import type { GlossaryTerm } from './term'

/** The fields of a term the matcher reports. */
export type IndexedTerm = Pick<GlossaryTerm, 'id' | 'sourceTerm' | 'targetTerm' | 'forbidden'>

type Entry = { term: IndexedTerm; keys: string[] }

/**
 * A language's terms indexed for matching: by the key of their first word (a stem, or a folded word),
 * or by their first folded character in substring mode, so a text is scanned once whatever the number
 * of terms.
 */
export type TermIndex = { lang: string; mode: MatchMode; byFirst: Map<string, Entry[]> }

/** An index of no terms yet, for terms written in `lang` (`addToTermIndex` fills it). */
export function emptyTermIndex(lang: string): TermIndex {
  return { lang, mode: matchModeOf(lang), byFirst: new Map() }
}

/** Adds terms to an index, in order after those it has (a long glossary goes in a page at a time). */
export function addToTermIndex(index: TermIndex, terms: IndexedTerm[], side: 'source' | 'target' = 'source'): void {
  const { lang, mode, byFirst } = index
  for (const term of terms) {
    const text = side === 'source' ? term.sourceTerm : term.targetTerm
    const keys = mode === 'substring' ? [foldWord(text.trim(), lang)] : wordsOf(text, lang).map((w) => w.key)
    const first = mode === 'substring' ? keys[0]?.slice(0, 1) : keys[0]
    if (!first) continue
    let list = byFirst.get(first)
    if (!list) byFirst.set(first, (list = []))
    list.push({ term, keys })
  }
}

/** Indexes terms written in `lang` (a source side for `findTerms`); a term without words is left out. */
export function buildTermIndex(terms: IndexedTerm[], lang: string, side: 'source' | 'target' = 'source'): TermIndex {
  const index = emptyTermIndex(lang)
  addToTermIndex(index, terms, side)
  return index
}
