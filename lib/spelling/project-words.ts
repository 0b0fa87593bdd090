/** The longest word the project dictionary takes. */
export const PROJECT_WORD_MAX_LENGTH = 100

/**
 * A word as the project dictionary stores it: trimmed and composed (NFC), typographic apostrophes as
 * ASCII ones; null when it is not one word (empty, spaces inside, too long, no letter).
 */
export function normalizeProjectWord(input: string): string | null {
  const word = input.trim().normalize('NFC').replace(/’/g, "'").replace(/‐/g, '-')
  if (word.length === 0 || word.length > PROJECT_WORD_MAX_LENGTH) return null
  if (/\s/u.test(word) || !/\p{L}/u.test(word)) return null
  return word
}

/**
 * True when the project dictionary accepts a word: as written, or, for a word capitalised at the
 * start of a sentence (`Xylo`), in lower case when the dictionary has it so (`xylo`).
 */
export function isProjectWord(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true
  const lower = word.toLowerCase()
  const isCapitalised = word !== lower && word.slice(1) === lower.slice(1)
  return isCapitalised && words.has(lower)
}
