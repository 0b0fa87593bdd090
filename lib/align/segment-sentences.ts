import { ABBREVIATIONS, MONTHS, ORDINAL_DOT_LANGUAGES } from './abbreviations'
import { segmentText } from '../text/segment-text'
import { splitParagraphs } from './split-paragraphs'

const CLOSING_AT_START = /^(?:[»”’)\]」』】›]+|"(?=\s|$))/u
const LAST_WORD = /(?:^|[\s(«"„“'])(\p{L}[\p{L}.-]*)\.$/u
const SINGLE_LETTER = /(?:^|[\s.(])(\p{L})\.$/u
const STARTS_LOWER = /^[\s"„“«(]*\p{Ll}/u
const STARTS_LETTER_DOT = /^\p{L}\./u
const ORDINAL_END = /(?:^|\s)\d{1,3}\.$/
// A quoted exclamation or question inside a sentence: „Zur Waffe!“ militärische …, "Stop!" and he ran.
const QUOTED_MARK_END = /[!?！？][»”’"“)\]」』】›]+$/u
const THAI_GAP = /(?<=[\u0E00-\u0E7F])\s+(?=[\u0E00-\u0E7F])/u

function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? ''
}

/** Whether the full stop ending `piece` belongs to an abbreviation, an initial or an ordinal rather than to the sentence. */
function isFalseStop(piece: string, next: string, lang: string): boolean {
  const word = LAST_WORD.exec(piece)?.[1]?.toLowerCase()
  if (word && (ABBREVIATIONS[lang] ?? ABBREVIATIONS.en ?? []).includes(word)) return true
  const letter = SINGLE_LETTER.exec(piece)?.[1]
  if (letter) {
    if (letter !== letter.toLowerCase()) return true
    if (STARTS_LOWER.test(next) || STARTS_LETTER_DOT.test(next)) return true
  }
  if (!ORDINAL_DOT_LANGUAGES.includes(lang) || !ORDINAL_END.test(piece)) return false
  const nextWord = /^\p{L}+/u.exec(next)?.[0]?.toLowerCase() ?? ''
  return STARTS_LOWER.test(next) || (MONTHS[lang] ?? []).includes(nextWord)
}

// The checks above look only at the end of a sentence; they are run on its last characters, so a
// sentence that grows by thousands of merged pieces (initials, abbreviations) costs no more per piece.
const TAIL = 48

function segmentParagraph(paragraph: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' })
  const sentences: string[] = []
  // The sentence being built, as pieces joined by spaces when it ends, and its last TAIL characters.
  let parts: string[] = []
  let tail = ''
  const append = (text: string) => {
    parts.push(text)
    tail = tail === '' ? text.slice(-TAIL) : `${tail} ${text.slice(-TAIL)}`.slice(-TAIL)
  }
  const finish = () => {
    if (parts.length > 0) sentences.push(parts.join(' '))
    parts = []
    tail = ''
  }
  for (const part of segmentText(segmenter, paragraph)) {
    let piece = part.segment.trim()
    if (piece === '') continue
    if (parts.length === 0) {
      append(piece)
      continue
    }
    // ICU leaves a closing quote or bracket that follows a space (French « … ») on the next sentence.
    const closing = CLOSING_AT_START.exec(piece)?.[0]
    if (closing) {
      append(closing)
      piece = piece.slice(closing.length).trim()
      if (piece === '') continue
    }
    if (!isFalseStop(tail, piece, lang) && !(QUOTED_MARK_END.test(tail) && STARTS_LOWER.test(piece))) finish()
    append(piece)
  }
  finish()
  return primaryLanguage(lang) === 'th' || THAI_GAP.test(paragraph)
    ? sentences.flatMap((sentence) => sentence.split(THAI_GAP))
    : sentences
}

/**
 * Splits text into sentences with Intl.Segmenter, then repairs what it gets wrong: abbreviations,
 * initials, ordinals, closing quotes after the stop, Thai (spaces between sentences). A blank line
 * always ends a sentence, so paragraph boundaries are kept.
 */
export function segmentSentences(text: string, lang: string): string[] {
  const primary = primaryLanguage(lang)
  return splitParagraphs(text).flatMap((paragraph) => segmentParagraph(paragraph, primary))
}
