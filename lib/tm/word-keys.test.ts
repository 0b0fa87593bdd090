import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { foldedWords, rarestWords, wordKey, wordKeys, wordKeySeed } from './word-keys'
import { foldText } from './fold-text'

describe('word keys', () => {
  test('the distinct words and numbers of a folded text, punctuation left out; Han characters one by one', () => {
    expect(foldedWords(foldText('The file, THE file: 1,000.5 files!'))).toEqual(['the', 'file', '1,000.5', 'files'])
    expect(foldedWords(foldText('保存文件。'))).toEqual(['保', '存', '文', '件'])
    expect(foldedWords(foldText('Ёлка и елка'))).toEqual(['елка', 'и'])
  })

  test('keys are 32-bit signed integers, the same for the same word and pair, different across pairs and sides', () => {
    const seed = wordKeySeed('source', 'en', 'de')
    const keys = wordKeys(seed, 'save the file the')
    expect(keys).toHaveLength(3)
    for (const key of keys) expect(key).toBe(key | 0)
    expect(wordKeys(wordKeySeed('source', 'EN', 'de'), 'save')).toEqual(wordKeys(seed, 'save'))
    expect(wordKeys(wordKeySeed('source', 'en', 'fr'), 'save')).not.toEqual(wordKeys(seed, 'save'))
    expect(wordKeys(wordKeySeed('target', 'en', 'de'), 'save')).not.toEqual(wordKeys(seed, 'save'))
  })
})

describe('rarest words of a lookup', () => {
  const counts = (...units: number[]) => units.map((n, i) => ({ word: i + 1, units: n }))

  test('enough of the rarest words that a unit sharing half the words shares one of them', () => {
    // 6 distinct words: a unit sharing 3 of them misses at most 3, so 4 rarest words are needed.
    expect(rarestWords(counts(900, 5, 70, 3, 400, 20), 6)).toEqual([4, 2, 6, 3])
  })

  test('words the memory does not know are left out; none known, nothing to look up', () => {
    expect(rarestWords(counts(0, 12, 0), 3)).toEqual([2])
    expect(rarestWords(counts(0, 0), 2)).toEqual([])
  })

  test('commoner words stop being added once the budget of units is spent, but the rarest is always taken', () => {
    expect(rarestWords(counts(3000, 2500, 10), 3)).toEqual([3])
    expect(rarestWords(counts(90_000, 50_000), 2)).toEqual([2])
  })
})

describe('word keys against the match tokenizer', () => {
  // The keys must be those of the tokenizer's words: lookups and stored units are keyed the same way.
  const reference = (seed: number, folded: string) => [...new Set(foldedWords(folded).map((w) => wordKey(seed, w)))]
  const pieces = [
    'a',
    'Ä',
    'ё',
    '保',
    'か',
    'カ',
    '한국',
    '1',
    '000',
    ',',
    '.',
    ' ',
    '\u00a0',
    '\u202f',
    "'",
    '’',
    '-',
    '‑',
    '!',
    '«',
    '»',
    '\u0301',
    'ς',
    'ﬁ',
    '²',
    '٣',
    '🙂',
    '\t',
  ]

  test('the same keys in the same order as the words the tokenizer finds, on random mixes of scripts and marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string(), (parts, extra) => {
        const folded = foldText(parts.join('') + extra)
        const seed = wordKeySeed('source', 'en', 'ru')
        expect(wordKeys(seed, folded)).toEqual(reference(seed, folded))
      }),
      { numRuns: 3000 },
    )
  })
})
