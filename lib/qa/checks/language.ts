import { likelyScript, primaryLang } from '../lang'
import { STOPWORDS } from '../stopwords'
import type { QaIssue, QaSegmentInput } from '../types'

const MIN_WORDS = 5
const MIN_HITS = 3

const LISTS = new Map(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]))

/**
 * A Latin-script target that reads as another Latin language (English left in a German target): counts
 * the target's words in short stopword lists of en, de, fr, es, it, pt and nl, and warns when another
 * list has at least three hits and more than twice the target language's. Only these seven languages are
 * known, only as targets; short segments (under five words) are not judged.
 */
export function checkLanguage(input: QaSegmentInput): QaIssue[] {
  const lang = primaryLang(input.targetLang)
  const own = LISTS.get(lang)
  if (!own || likelyScript(input.targetLang) !== 'Latn') return []
  const hits = new Map<string, number>()
  let words = 0
  for (const m of input.target.toLowerCase().matchAll(/[\p{L}\p{M}]+/gu)) {
    words++
    for (const [other, list] of LISTS) if (list.has(m[0])) hits.set(other, (hits.get(other) ?? 0) + 1)
  }
  if (words < MIN_WORDS) return []
  const ownHits = hits.get(lang) ?? 0
  let guess = ''
  let guessHits = 0
  for (const [other, count] of hits) if (other !== lang && count > guessHits) [guess, guessHits] = [other, count]
  if (guessHits < MIN_HITS || guessHits <= ownHits * 2) return []
  return [
    {
      check: 'language',
      severity: 'warning',
      messageKey: 'languageOther',
      params: { lang: guess },
      target: { start: 0, end: input.target.length },
    },
  ]
}
