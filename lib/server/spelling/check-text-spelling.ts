import type { DbOrTx } from '../../db/client'
import { getSpellingWordSet } from '../../db/spelling-words'
import { findSpellingDictionary } from '../../spelling/dictionaries'
import type { Misspelling } from '../../spelling/types'
import { runCpuTask } from '../workers/cpu-pool'

/** What a spelling check answers: `dictionary` false means the language has none and nothing was checked. */
export type SpellingResult = { misspellings: Misspelling[]; dictionary: boolean }

/**
 * The spelling of many texts of one language (the QA report) against the language's Hunspell dictionary
 * and project dictionary, in the spelling worker thread (a dictionary's first load takes seconds of CPU).
 * Null when the language has no dictionary. `suggestFor`: how many misspellings of a text get suggestions
 * (0 is fastest when only the words matter).
 */
export async function checkSpellingOfTexts(
  db: DbOrTx,
  { lang, texts, suggestFor }: { lang: string; texts: string[]; suggestFor?: number },
): Promise<Misspelling[][] | null> {
  const dictionary = findSpellingDictionary(lang)
  if (!dictionary) return null
  const projectWords = await getSpellingWordSet(db, { lang })
  return runCpuTask('checkSpelling', {
    dictionaryId: dictionary.id,
    texts,
    options: {
      script: dictionary.script,
      prefixes: dictionary.prefixes,
      projectWords,
      ...(suggestFor === undefined ? {} : { suggestFor }),
    },
  })
}

/** Checks the spelling of one plain text in a language (the editor, as the person types). */
export async function checkTextSpelling(
  db: DbOrTx,
  { lang, text }: { lang: string; text: string },
): Promise<SpellingResult> {
  const checked = await checkSpellingOfTexts(db, { lang, texts: [text] })
  return checked ? { misspellings: checked[0] ?? [], dictionary: true } : { misspellings: [], dictionary: false }
}
