import { restsAfterPrefix } from './compound-prefixes'
import type { SpellingScript } from './dictionaries'
import { isProjectWord } from './project-words'
import { isSkippedWord, tokenizeWords } from './tokenize-words'
import type { Misspelling, Speller, WordToken } from './types'

/** How many suggestions a misspelling carries at most. */
export const MAX_SUGGESTIONS = 5
/** How many misspellings of one text get suggestions (each can take tens of milliseconds): the rest get none. */
export const MAX_SUGGESTED_WORDS = 30
/**
 * The longest word (in UTF-16 units) that gets suggestions: nspell's time grows with the square of a word's
 * length (a 100-letter Russian word takes 3 s, an 800-letter one 23 s and a 10,000-letter one exhausts the
 * worker's memory), and no dictionary word is near this long. Hunspell itself stops at 100 UTF-8 bytes.
 */
export const MAX_SUGGESTED_WORD_LENGTH = 50
/**
 * How long one spelling task (one request's texts) may spend on suggestions, in milliseconds: a 50-letter
 * misspelling still costs nspell up to a second, and 30 of them in one text held the worker for 20 s.
 * Misspellings found after that come without suggestions.
 */
export const SUGGESTION_BUDGET_MS = 2000

export type CheckSpellingOptions = {
  /** The dictionary's script: words written in another (a Latin name in Russian text) are not checked. */
  script: SpellingScript
  /** The project dictionary of the language (lib/spelling/project-words.ts). */
  projectWords: ReadonlySet<string>
  /** Prefixes a known word may follow (`анти` + `японской`; `COMPOUND_PREFIXES`); none by default. */
  prefixes?: readonly string[]
  /** How many misspellings get suggestions (default `MAX_SUGGESTED_WORDS`; 0 when only the words matter). */
  suggestFor?: number
  /** The `performance.now()` after which no misspelling gets suggestions (none: no limit). */
  suggestUntil?: number
}

const SCRIPT_LETTER: Record<SpellingScript, RegExp> = {
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
}

/** Whether a word's letters are in the script: all, some (`докумeнт` with a Latin e), or none. */
function scriptShare(word: string, script: SpellingScript): 'all' | 'some' | 'none' {
  const letters = [...word].filter((c) => /\p{L}/u.test(c))
  const inScript = letters.filter((c) => SCRIPT_LETTER[script].test(c)).length
  return inScript === 0 ? 'none' : inScript === letters.length ? 'all' : 'some'
}

/** The form a dictionary knows: composed (NFC), with typographic apostrophes and hyphens as ASCII ones. */
function dictionaryForm(word: string): string {
  return word.normalize('NFC').replace(/’/g, "'").replace(/‐/g, '-')
}

/** The parts of a hyphenated word, with their offsets. */
function hyphenParts(token: WordToken): WordToken[] {
  const parts: WordToken[] = []
  for (const match of token.word.matchAll(/[^‐-]+/gu)) {
    const start = token.start + match.index
    parts.push({ word: match[0], start, end: start + match[0].length })
  }
  return parts
}

/**
 * The misspellings of a plain text in one language: each word the dictionary and the project
 * dictionary do not know, with its offsets and up to five suggestions (for the first 30 of a text, and
 * none for a word over `MAX_SUGGESTED_WORD_LENGTH`).
 * Words in another script are not checked; a word mixing scripts (`докумeнт`, Latin e) is reported
 * without suggestions. A hyphenated word the dictionary does not know as a whole is checked part by
 * part (`IT-отдел`: the acronym is left alone), and only the unknown parts are reported. A word made
 * of one of the language's prefixes and a known word (`антияпонской`) is known.
 */
export function checkSpelling(text: string, speller: Speller, options: CheckSpellingOptions): Misspelling[] {
  const isListed = (form: string) => isProjectWord(options.projectWords, form) || speller.correct(form)
  const isKnown = (word: string) => {
    const form = dictionaryForm(word)
    return isListed(form) || restsAfterPrefix(form, options.prefixes ?? []).some(isListed)
  }
  const misspellings: Misspelling[] = []
  const suggestFor = options.suggestFor ?? MAX_SUGGESTED_WORDS
  const report = (token: WordToken) =>
    misspellings.push({
      ...token,
      suggestions:
        misspellings.length < suggestFor &&
        token.word.length <= MAX_SUGGESTED_WORD_LENGTH &&
        (options.suggestUntil === undefined || performance.now() < options.suggestUntil)
          ? speller.suggest(dictionaryForm(token.word)).slice(0, MAX_SUGGESTIONS)
          : [],
    })
  const checkPart = (part: WordToken) => {
    const share = scriptShare(part.word, options.script)
    // Letters of two scripts in one word (a Latin look-alike in Cyrillic) are always a mistake; nothing to suggest.
    if (share === 'some') misspellings.push({ ...part, suggestions: [] })
    else if (share === 'all' && !isKnown(part.word)) report(part)
  }
  for (const token of tokenizeWords(text)) {
    const share = scriptShare(token.word, options.script)
    if (share === 'none' || (share === 'all' && isKnown(token.word))) continue
    const parts = hyphenParts(token)
    if (parts.length === 1) checkPart(token)
    // Parts one by one: `IT-отдел` mixes scripts only across the hyphen, and acronyms stay unchecked.
    else for (const part of parts) if (!isSkippedWord(part.word)) checkPart(part)
  }
  return misspellings
}
