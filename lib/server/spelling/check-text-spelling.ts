import type { DbOrTx } from '../../db/client'
import { getSpellingWordSet } from '../../db/spelling-words'
import { checkSpelling } from '../../spelling/check-spelling'
import { findSpellingDictionary } from '../../spelling/dictionaries'
import type { Misspelling } from '../../spelling/types'
import { loadSpeller } from './load-speller'

/** What a spelling check answers: `dictionary` false means the language has none and nothing was checked. */
export type SpellingResult = { misspellings: Misspelling[]; dictionary: boolean }

/**
 * A spelling check for many texts of one language (the QA report): the language's Hunspell dictionary
 * and project dictionary, read once. Null when the language has no dictionary. `suggestFor`: how many
 * misspellings of a text get suggestions (0 is fastest when only the words matter).
 */
export async function loadSpellingChecker(
  db: DbOrTx,
  { lang, suggestFor }: { lang: string; suggestFor?: number },
): Promise<((text: string) => Misspelling[]) | null> {
  const dictionary = findSpellingDictionary(lang)
  if (!dictionary) return null
  const [speller, projectWords] = await Promise.all([loadSpeller(dictionary.id), getSpellingWordSet(db, { lang })])
  return (text) =>
    checkSpelling(text, speller, {
      script: dictionary.script,
      projectWords,
      ...(suggestFor === undefined ? {} : { suggestFor }),
    })
}

/** Checks the spelling of one plain text in a language (the editor, as the person types). */
export async function checkTextSpelling(
  db: DbOrTx,
  { lang, text }: { lang: string; text: string },
): Promise<SpellingResult> {
  const check = await loadSpellingChecker(db, { lang })
  return check ? { misspellings: check(text), dictionary: true } : { misspellings: [], dictionary: false }
}
