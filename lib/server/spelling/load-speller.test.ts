import { describe, expect, test } from 'vitest'
import { checkSpelling } from '../../spelling/check-spelling'
import { SPELLING_DICTIONARIES } from '../../spelling/dictionaries'
import { loadSpeller, SPELLER_IDS } from './load-speller'

const none = new Set<string>()
const wordsOf = (found: Array<{ word: string }>) => found.map((m) => m.word)

describe('loadSpeller with the Hunspell dictionaries', () => {
  test('English: misspellings with suggestions, contractions and capitals known', async () => {
    const speller = await loadSpeller('en')
    const text = "The translater doesn't recieve the NATO report on Monday."
    const found = checkSpelling(text, speller, { script: 'Latin', projectWords: none })
    expect(wordsOf(found)).toEqual(['translater', 'recieve'])
    expect(found[1]?.suggestions).toContain('receive')
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('translater')
  })

  test('the same speller is returned for the same dictionary', async () => {
    expect(await loadSpeller('en')).toBe(await loadSpeller('en'))
  })

  test('Russian: inflected forms are known, a typo is not', async () => {
    const speller = await loadSpeller('ru')
    const found = checkSpelling('Переводчики перевели статью, но малоко ошибок осталось.', speller, {
      script: 'Cyrillic',
      projectWords: none,
    })
    expect(wordsOf(found)).toEqual(['малоко'])
    expect(found[0]?.suggestions).toContain('молоко')
  })

  test.each([
    ['ru', 'Антияпонской и прокитайский, постпандемийный, антиковидный.', ['постпандемийный', 'антиковидный']],
    ['en', 'The antiglobalist counterproposal, antitrnaslation.', ['antitrnaslation']],
  ])(
    '%s: a prefix of the language before a known word makes a known word, before an unknown one not',
    async (lang, text, unknown) => {
      const dictionary = SPELLING_DICTIONARIES[lang]!
      const speller = await loadSpeller(dictionary.id)
      const options = { script: dictionary.script, prefixes: dictionary.prefixes, projectWords: none, suggestFor: 0 }
      expect(wordsOf(checkSpelling(text, speller, options))).toEqual(unknown)
      expect(wordsOf(checkSpelling(text, speller, { ...options, prefixes: [] }))).not.toEqual(unknown)
    },
  )

  test('German: nouns with capitals, umlauts and ß are known, a typo is not', async () => {
    const speller = await loadSpeller('de')
    const found = checkSpelling('Die Lehrerin liest das Buch im Hauss, über Straßen und Häuser.', speller, {
      script: 'Latin',
      projectWords: none,
    })
    expect(wordsOf(found)).toEqual(['Hauss'])
    expect(found[0]?.suggestions).toContain('Haus')
  })

  test('every dictionary of the language table can be loaded, and no other', () => {
    const ids = Object.values(SPELLING_DICTIONARIES).map((d) => d.id)
    expect([...SPELLER_IDS].sort()).toEqual([...new Set(ids)].sort())
  })

  test('an unknown dictionary is refused', async () => {
    await expect(loadSpeller('xx')).rejects.toThrow('No spelling dictionary xx')
  })
})
