/**
 * Units of the document's own lexical model (see learn-lexicon.ts): what a word-to-word translation
 * dictionary is learned over. Alphabetic words are lowercased and cut to a stem, so that inflected
 * forms ("Berge", "Bergen") count as one unit. Chinese and Japanese do not separate words by spaces:
 * each run of Han, Hiragana or Katakana gives its characters and its pairs of adjacent characters
 * (bigrams), the usual units of dictionary-free CJK retrieval. Korean words (Hangul) are separated
 * by spaces but carry particles ("서울에서"): a word gives itself and its first two syllables.
 */

/**
 * Letters kept of an alphabetic word: enough to tell most words apart, few enough to merge the
 * inflected forms of German, French, Icelandic or Russian. Chosen on the de-fr set and checked on
 * en-is (docs/decisions/010-aligner-lexical-pass.md).
 */
export const STEM_LENGTH = 5
/** Shorter alphabetic words are mostly function words, which carry no alignment evidence. */
const MIN_WORD_LENGTH = 3

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu
const HANGUL_WORD = /\p{Script=Hangul}+/gu
const ALPHABETIC_WORD = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{M}])+/gu

/** Distinct lexical units of a segment, for the document's own translation model. */
export function lexicalUnits(segment: string): string[] {
  const text = segment.normalize('NFKC').toLowerCase()
  const units = new Set<string>()
  for (const word of text.match(ALPHABETIC_WORD) ?? []) {
    const letters = [...word]
    if (letters.length >= MIN_WORD_LENGTH) units.add(letters.slice(0, STEM_LENGTH).join(''))
  }
  for (const run of text.match(CJK_RUN) ?? []) {
    const chars = [...run]
    chars.forEach((char, k) => {
      units.add(char)
      if (k > 0) units.add(chars[k - 1]! + char)
    })
  }
  for (const word of text.match(HANGUL_WORD) ?? []) {
    units.add(word)
    if (word.length > 2) units.add(word.slice(0, 2))
  }
  return [...units]
}
