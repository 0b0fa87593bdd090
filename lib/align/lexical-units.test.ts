import { describe, expect, test } from 'vitest'
import { CLASS_INDEX, extractFeatures } from './extract-features'
import { lexicalUnits } from './lexical-units'

describe('lexicalUnits', () => {
  test('cuts alphabetic words to lowercase stems and drops short words', () => {
    expect(lexicalUnits('Die Bergsteiger erreichten den Gipfel.').sort()).toEqual(
      ['berg' + 's', 'den', 'die', 'errei', 'gipfe'].sort(),
    )
    expect(lexicalUnits('a to in')).toEqual([])
  })

  test('gives Chinese and Japanese characters and their bigrams, which have no spaces between words', () => {
    expect(lexicalUnits('登山队到达山顶。').sort()).toEqual(
      ['登', '山', '队', '到', '达', '顶', '登山', '山队', '队到', '到达', '达山', '山顶'].sort(),
    )
    expect(lexicalUnits('富士山に登った')).toEqual(
      expect.arrayContaining(['富士', '士山', '山に', 'に登', '登っ', 'った', '富']),
    )
    // Latin words inside CJK text are still words.
    expect(lexicalUnits('他住在Zermatt')).toEqual(expect.arrayContaining(['zerma', '他住', '住在']))
  })

  test('gives Korean words and their first two syllables, which drop particles', () => {
    expect(lexicalUnits('서울에서 부산까지').sort()).toEqual(['서울', '서울에서', '부산', '부산까지'].sort())
  })
})

describe('extractFeatures on CJK text', () => {
  test('reads full-width and ASCII digits alike, and CJK punctuation', () => {
    const chinese = extractFeatures('１９５６年，登山队在８８４８米处扎营？')
    const english = extractFeatures('In 1956 the team camped at 8848 metres?')
    const shared = chinese.tokens.filter((token) => english.tokens.includes(token))
    expect(shared).toEqual(expect.arrayContaining(['0:1956', '0:8848', '2:']))
    expect(chinese.length).toBeGreaterThan(10)
  })
})

describe('extractFeatures on names spelled differently', () => {
  const shared = (a: string, b: string) => {
    const other = extractFeatures(b).tokens
    return extractFeatures(a).tokens.filter((token) => other.includes(token))
  }
  const consonants = `${CLASS_INDEX.consonants}:`

  test('a name with other vowels or doubled letters meets its translation by its consonants', () => {
    expect(shared('Denmark', 'Danmörk')).toEqual([`${consonants}dnmr`])
    expect(shared('Greenland', 'Grænlands')).toEqual([`${consonants}grnl`])
    // Finland and Finnland already share their first four letters; the consonants agree too.
    expect(shared('Finland', 'Finnland')).toEqual(expect.arrayContaining([`${consonants}fnln`]))
  })

  test('only capitalised words (names, and German nouns) get the consonant anchor', () => {
    expect(extractFeatures('denmark').tokens.some((token) => token.startsWith(consonants))).toBe(false)
    expect(shared('Iceland', 'Ísland')).toEqual([]) // a known limit: different consonants after the first
  })
})
