import { countMarks, penaltyOf, qualityScore, type ErrorSeverity, type MarkCounts } from './error-marks'

export type Translator = { id: string; name: string }

/** One reviewed segment: its language, who translated it, its words and the severities of its marks. */
export type EvaluatedSegment = { lang: string; translator: Translator | null; words: number; marks: ErrorSeverity[] }

export type QualityFigures = { words: number; marks: MarkCounts; penalty: number; score: number | null }
/** A language's figures, and each translator's in it (`translator` null: segments nobody is known to have translated). */
export type LanguageQuality = QualityFigures & {
  lang: string
  translators: Array<QualityFigures & { translator: Translator | null }>
}

function figures(segments: readonly EvaluatedSegment[]): QualityFigures {
  const marks = countMarks(segments.flatMap((s) => s.marks.map((severity) => ({ severity }))))
  const words = segments.reduce((sum, s) => sum + s.words, 0)
  return { words, marks, penalty: penaltyOf(marks), score: qualityScore(marks, words) }
}

/**
 * The quality report of a document: per language (every one in `langs`, in that order, even when nothing
 * was reviewed yet) and per translator within it (by name), from the reviewed segments.
 */
export function summarizeQuality(langs: readonly string[], segments: readonly EvaluatedSegment[]): LanguageQuality[] {
  return langs.map((lang) => {
    const inLang = segments.filter((s) => s.lang === lang)
    const byTranslator = new Map<string, EvaluatedSegment[]>()
    for (const segment of inLang) {
      const key = segment.translator?.id ?? ''
      byTranslator.set(key, [...(byTranslator.get(key) ?? []), segment])
    }
    const translators = [...byTranslator.values()]
      .map((group) => ({ translator: group[0]!.translator, ...figures(group) }))
      .sort((a, b) => (a.translator?.name ?? '\uffff').localeCompare(b.translator?.name ?? '\uffff'))
    return { lang, ...figures(inLang), translators }
  })
}
