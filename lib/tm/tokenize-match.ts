/** A token of a sentence for match scoring: a word, a number or a punctuation mark. */
export type MatchToken = { kind: 'word' | 'number' | 'punct'; text: string }

// Han and kana characters are words of their own (no spaces in Chinese or Japanese); numbers keep
// their separators (1,000.5); words keep inner apostrophes and hyphens (l'homme, e-mail).
/**
 * The words and numbers alone: a punctuation token is one character that no other kind matches, so a
 * pattern without it finds the same words and numbers and skips the marks (the memory's word index).
 */
export const WORD_OR_NUMBER_SOURCE =
  "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]|\\p{N}+(?:[.,\\u00a0\\u202f ]\\p{N}{3})*(?:[.,]\\p{N}+)?|[\\p{L}\\p{M}]+(?:['’\\-‑][\\p{L}\\p{M}]+)*"
const TOKEN = new RegExp(`${WORD_OR_NUMBER_SOURCE}|[^\\s\\p{L}\\p{M}\\p{N}]`, 'gu')

/** Splits a sentence into the tokens the match score compares; white space is dropped. */
export function tokenizeForMatch(text: string): MatchToken[] {
  const tokens: MatchToken[] = []
  for (const [token] of text.normalize('NFC').matchAll(TOKEN)) {
    const kind = /^\p{N}/u.test(token) ? 'number' : /^[\p{L}\p{M}]/u.test(token) ? 'word' : 'punct'
    tokens.push({ kind, text: token })
  }
  return tokens
}
