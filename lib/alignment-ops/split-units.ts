import { segmentSentences } from '../align/segment-sentences'

/** A sentence as a span of one paragraph's (or segment's) plain text. */
export type SentenceSpan = { id: string; start: number; end: number; text: string }
export type TextUnit = { id: string; text: string }

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)

/** Where a sentence (whose spaces the segmenter may have normalised) starts and ends in `text`, searching from `from`. */
function locate(text: string, sentence: string, from: number): { start: number; end: number } {
  const head = sentence.split(/\s/)[0] ?? ''
  const start = text.indexOf(head, from)
  if (start < 0) return { start: from, end: Math.min(text.length, from + sentence.length) }
  let k = start
  for (let j = 0; j < sentence.length;) {
    if (isSpace(sentence[j])) {
      while (isSpace(sentence[j])) j++
      while (isSpace(text[k])) k++
    } else if (sentence[j] === text[k]) {
      j++
      k++
    } else return { start, end: Math.min(text.length, start + sentence.length) }
  }
  return { start, end: k }
}

/** Splits each unit (paragraph or segment) into sentences with their offsets. */
export function splitUnits(units: TextUnit[], lang: string): SentenceSpan[][] {
  return units.map((unit) => {
    let cursor = 0
    return segmentSentences(unit.text, lang).map((sentence) => {
      const { start, end } = locate(unit.text, sentence, cursor)
      cursor = end
      return { id: unit.id, start, end, text: unit.text.slice(start, end) }
    })
  })
}
