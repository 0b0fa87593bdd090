import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { addSpellingWord, deleteSpellingWord, getSpellingWordSet, listSpellingWords } from '@/lib/db/spelling-words'
import { createTestActor } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { checkTextSpelling } from './check-text-spelling'

// Each test uses a private-use language tag of its own, so tests never share dictionary rows (R12).
let made = 0
const freshLang = (base: string) => `${base}-x-t${++made}${Math.random().toString(36).slice(2, 6)}`

describe.each(testBackends())('the project dictionary on $name', (backend) => {
  let db: Db
  beforeAll(async () => {
    db = await backend.open()
  })
  afterAll(async () => {
    await db.$disconnect()
  })

  test('words are stored per language with who added them, once each, in order', async () => {
    const actor = await createTestActor(db, { name: 'Dict Author' })
    const lang = freshLang('en')
    await addSpellingWord(db, { lang, word: 'tiptap', addedById: actor.id })
    await addSpellingWord(db, { lang, word: 'Parallel', addedById: null })
    await addSpellingWord(db, { lang, word: 'tiptap', addedById: null })
    const words = await listSpellingWords(db, { lang })
    expect(words.map((w) => w.word)).toEqual(['Parallel', 'tiptap'])
    expect(words[1]?.addedBy).toEqual({ id: actor.id, name: 'Dict Author' })
    expect(words[1]?.createdAt).toBeInstanceOf(Date)
    expect(await getSpellingWordSet(db, { lang: freshLang('en') })).toEqual(new Set())
  })

  test('a deleted word is gone, and deleting it again says so', async () => {
    const lang = freshLang('ru')
    await addSpellingWord(db, { lang, word: 'Типтап', addedById: null })
    expect(await deleteSpellingWord(db, { lang, word: 'Типтап' })).toBe(true)
    expect(await deleteSpellingWord(db, { lang, word: 'Типтап' })).toBe(false)
    expect(await getSpellingWordSet(db, { lang })).toEqual(new Set())
  })

  test('the check accepts a word once it is in the language’s project dictionary, and only there', async () => {
    const lang = freshLang('en')
    const text = 'Parallel uses Tiptap and Prisma.'
    const before = await checkTextSpelling(db, { lang, text })
    expect(before.dictionary).toBe(true)
    expect(before.misspellings.map((m) => m.word)).toContain('Tiptap')
    await addSpellingWord(db, { lang, word: 'tiptap', addedById: null })
    const after = await checkTextSpelling(db, { lang, text })
    expect(after.misspellings.map((m) => m.word)).not.toContain('Tiptap')
    const other = await checkTextSpelling(db, { lang: freshLang('en'), text })
    expect(other.misspellings.map((m) => m.word)).toContain('Tiptap')
  })

  test('a language without a dictionary is not checked', async () => {
    expect(await checkTextSpelling(db, { lang: 'ja', text: 'これはテストです' })).toEqual({
      misspellings: [],
      dictionary: false,
    })
  })
})
