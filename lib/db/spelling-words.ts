import type { DbOrTx } from './client'

/** A word of the project dictionary, with who added it and when. */
export type SpellingWordView = { word: string; addedBy: { id: string; name: string } | null; createdAt: Date }

/** The project dictionary of a language, in alphabetical order (code points). */
export async function listSpellingWords(db: DbOrTx, { lang }: { lang: string }): Promise<SpellingWordView[]> {
  return db.spellingWord.findMany({
    where: { lang },
    orderBy: { word: 'asc' },
    select: { word: true, createdAt: true, addedBy: { select: { id: true, name: true } } },
  })
}

/** The words of a language's project dictionary, for the check. */
export async function getSpellingWordSet(db: DbOrTx, { lang }: { lang: string }): Promise<Set<string>> {
  const rows = await db.spellingWord.findMany({ where: { lang }, select: { word: true } })
  return new Set(rows.map((r) => r.word))
}

/** Adds a word to a language's project dictionary; adding it again keeps the first entry. */
export async function addSpellingWord(
  db: DbOrTx,
  { lang, word, addedById }: { lang: string; word: string; addedById: string | null },
): Promise<SpellingWordView> {
  return db.spellingWord.upsert({
    where: { lang_word: { lang, word } },
    create: { lang, word, addedById },
    update: {},
    select: { word: true, createdAt: true, addedBy: { select: { id: true, name: true } } },
  })
}

/** Removes a word from a language's project dictionary; true when it was there. */
export async function deleteSpellingWord(db: DbOrTx, { lang, word }: { lang: string; word: string }): Promise<boolean> {
  const { count } = await db.spellingWord.deleteMany({ where: { lang, word } })
  return count > 0
}
