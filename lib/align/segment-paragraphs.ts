import { segmentSentences } from './segment-sentences'
import { splitParagraphs } from './split-paragraphs'

/** Splits text into paragraphs (at blank lines) and each paragraph into sentences. */
export function segmentParagraphs(text: string, lang: string): string[][] {
  return splitParagraphs(text).map((paragraph) => segmentSentences(paragraph, lang))
}
