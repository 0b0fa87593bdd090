import { findNumbers, type FoundNumber } from '../find-numbers'
import { findWrittenMonths } from '../find-written-months'
import type { QaIssue, QaSegmentInput } from '../types'

/** The numbers of `a` that `b` lacks, counted: two 5s in the source and one in the target leave one. */
function missingFrom(a: FoundNumber[], b: FoundNumber[]): FoundNumber[] {
  const left = new Map<string, number>()
  for (const n of b) left.set(n.value, (left.get(n.value) ?? 0) + 1)
  return a.filter((n) => {
    const count = left.get(n.value) ?? 0
    if (count > 0) left.set(n.value, count - 1)
    return count === 0
  })
}

/** The numbers of a text and the months of its dates written out, in text order. */
function numbersOf(text: string, lang: string): FoundNumber[] {
  return [...findNumbers(text, lang), ...findWrittenMonths(text, lang)].sort((a, b) => a.start - b.start)
}

/**
 * Numbers of the source missing from the target and numbers the target adds, whatever each language's
 * number format; a month written out in a date counts as its number, so `5 March 2024` = `5 марта 2024 г.`
 * = `05.03.2024` = `2024년 3월 5일`, and a wrong day, month or year still shows.
 */
export function checkNumbers(input: QaSegmentInput): QaIssue[] {
  const source = numbersOf(input.source, input.sourceLang)
  const target = numbersOf(input.target, input.targetLang)
  return [
    ...missingFrom(source, target).map((n): QaIssue => ({
      check: 'numbers',
      severity: 'error',
      messageKey: 'numberMissing',
      params: { number: input.source.slice(n.start, n.end) },
      source: { start: n.start, end: n.end },
    })),
    ...missingFrom(target, source).map((n): QaIssue => ({
      check: 'numbers',
      severity: 'error',
      messageKey: 'numberExtra',
      params: { number: input.target.slice(n.start, n.end) },
      target: { start: n.start, end: n.end },
    })),
  ]
}
