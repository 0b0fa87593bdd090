/** A word the spelling check does not know, with offsets (UTF-16, end exclusive) into the checked plain text. */
export type Misspelling = { word: string; start: number; end: number; suggestions: string[] }

/** A word found in a text, with its offsets (UTF-16, end exclusive). */
export type WordToken = { word: string; start: number; end: number }

/** What the check needs of a Hunspell dictionary (nspell provides it). */
export type Speller = { correct(word: string): boolean; suggest(word: string): string[] }
