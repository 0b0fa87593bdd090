import { findTerms } from './find-terms'
import { buildTermIndex } from './term-index'
import type { TermMatch } from './term'

/** What a target text does with a term: whether it uses the target term, and which forbidden variants it uses where. */
export type TermUsage = {
  /** The target term (or an inflected form of it) is in the text, outside any forbidden variant. */
  targetUsed: boolean
  forbiddenUsed: Array<{ variant: string; start: number; end: number }>
}

/**
 * Whether a target text uses a term's target (through inflection, as `findTerms` matches) or one of its
 * forbidden variants: for the quality checks "glossary term not used" and "forbidden variant used".
 * A target term found only inside a forbidden variant ("Datei" in a forbidden "Dateiordner" phrase) does not count as used.
 */
export function checkTermUsage(
  targetText: string,
  term: { targetTerm: string; forbidden: string[] },
  tgtLang: string,
): TermUsage {
  const entries = [
    { id: 'target', sourceTerm: term.targetTerm, targetTerm: term.targetTerm, forbidden: [] },
    ...term.forbidden.map((variant, i) => ({
      id: `forbidden:${i}`,
      sourceTerm: variant,
      targetTerm: variant,
      forbidden: [],
    })),
  ]
  const matches = findTerms(targetText, buildTermIndex(entries, tgtLang))
  const forbidden = matches.filter((m) => m.termId !== 'target')
  const inside = (m: TermMatch) =>
    forbidden.some((f) => f.start <= m.start && m.end <= f.end && f.end - f.start > m.end - m.start)
  return {
    targetUsed: matches.some((m) => m.termId === 'target' && !inside(m)),
    forbiddenUsed: forbidden
      .map((f) => ({ variant: f.sourceTerm, start: f.start, end: f.end }))
      .sort((a, b) => a.start - b.start),
  }
}
