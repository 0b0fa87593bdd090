import type { QaIssue, QaRange, QaSegmentInput } from '../types'

const WORD = /[\p{L}\p{M}\p{N}]+/gu
// A term word's stem is the word less up to two final letters; an occurrence may add up to four (кнопка → кнопками).
const ENDING = 2
const MIN_STEM = 4

// Scripts written without spaces between words: a term there is found as a substring.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

type Word = { text: string; start: number; end: number }
const wordsOf = (text: string): Word[] =>
  [...text.normalize('NFC').toLowerCase().matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))

const stem = (word: string) => (word.length > MIN_STEM ? word.slice(0, Math.max(MIN_STEM, word.length - ENDING)) : word)

/**
 * Where a term occurs in a text: its words in a row, each word matched by its stem (the word less up
 * to two final letters, at least four kept, and up to four letters after it), so inflected forms count.
 * A term in a script written without spaces (Chinese, Japanese, Thai) is matched as a substring.
 */
function findTerm(text: string, words: Word[], term: string): QaRange | null {
  const termWords = wordsOf(term)
  if (termWords.length === 0) return null
  if (UNSPACED.test(term)) {
    const at = text.normalize('NFC').toLowerCase().indexOf(term.normalize('NFC').toLowerCase())
    return at >= 0 ? { start: at, end: at + term.length } : null
  }
  const stems = termWords.map((w) => stem(w.text))
  for (let i = 0; i + stems.length <= words.length; i++) {
    if (stems.every((s, k) => words[i + k]!.text.startsWith(s) && words[i + k]!.text.length <= s.length + 4))
      return { start: words[i]!.start, end: words[i + stems.length - 1]!.end }
  }
  return null
}

/**
 * Glossary terms of the source (passed in as `terms`) whose target term the target lacks (a warning), and
 * forbidden variants the target uses (an error).
 */
export function checkTerms(input: QaSegmentInput): QaIssue[] {
  const terms = input.terms ?? []
  if (terms.length === 0 || input.target.trim() === '') return []
  const words = wordsOf(input.target)
  const issues: QaIssue[] = []
  for (const term of terms) {
    if (!findTerm(input.target, words, term.targetTerm))
      issues.push({
        check: 'terms',
        severity: 'warning',
        messageKey: 'termMissing',
        params: { term: term.sourceTerm, expected: term.targetTerm },
        source: { start: term.start, end: term.end },
      })
    for (const variant of term.forbidden) {
      const found = findTerm(input.target, words, variant)
      if (found)
        issues.push({
          check: 'terms',
          severity: 'error',
          messageKey: 'termForbidden',
          params: { term: term.sourceTerm, forbidden: variant, expected: term.targetTerm },
          target: found,
        })
    }
  }
  return issues
}
