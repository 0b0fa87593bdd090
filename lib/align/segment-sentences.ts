import { compileRules } from './segmentation/compile-rules'
import { SEGMENTATION_RULES } from './segmentation/rules'
import { splitWithRules } from './segmentation/split-with-rules'

/**
 * Paragraphs split at blank lines, each with runs of spaces made one space and each line break one
 * `\n` (the rules decide whether a single line break ends a sentence).
 */
function splitParagraphLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .replace(/[^\S\n]+/gu, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '')
}

/**
 * Splits text into sentences by the segmentation rules of `lang` (`segmentation/rules.ts`, SRX-style
 * data). A blank line always ends a sentence, so paragraph boundaries are kept; each sentence is
 * trimmed, with its runs of spaces and line breaks made single spaces.
 */
export function segmentSentences(text: string, lang: string): string[] {
  const rules = compileRules(SEGMENTATION_RULES, lang)
  return splitParagraphLines(text).flatMap((paragraph) => splitWithRules(paragraph, rules))
}
