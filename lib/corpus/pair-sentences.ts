import { alignParagraphedSentences } from '../align/align-document'

/** An aligned pair of sentences (one or more on each side, joined), with the aligner's confidence. */
export type SentencePair = { source: string; target: string; confidence: number }

// Scripts written without spaces between sentences.
const NO_SPACE_LANGUAGES = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'bo'])

/** Joins the sentences of one side of a link as they stood in the text: a space between, or none (ja, zh, th…). */
export function joinSentences(sentences: string[], lang: string): string {
  const primary = lang.toLowerCase().split('-')[0] ?? ''
  return sentences.join(NO_SPACE_LANGUAGES.has(primary) ? '' : ' ')
}

/**
 * Aligns two documents sentence-first (`alignParagraphedSentences`) and keeps the links that have
 * sentences on both sides; `unpaired` counts the sentence links left out (1:0 and 0:1).
 */
export function pairSentences(
  source: string[][],
  target: string[][],
  { sourceLang, targetLang }: { sourceLang: string; targetLang: string },
): { pairs: SentencePair[]; unpaired: number } {
  const flatSource = source.flat()
  const flatTarget = target.flat()
  const pairs: SentencePair[] = []
  let unpaired = 0
  for (const paragraphLink of alignParagraphedSentences(source, target, { sourceLang, targetLang })) {
    for (const link of paragraphLink.sentences) {
      if (link.source.length === 0 || link.target.length === 0) {
        unpaired++
        continue
      }
      pairs.push({
        source: joinSentences(
          link.source.map((k) => flatSource[k]!),
          sourceLang,
        ),
        target: joinSentences(
          link.target.map((k) => flatTarget[k]!),
          targetLang,
        ),
        confidence: link.confidence,
      })
    }
  }
  return { pairs, unpaired }
}
