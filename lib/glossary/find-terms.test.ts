import { describe, expect, test } from 'vitest'
import { findTerms } from './find-terms'
import { pickNonOverlapping } from './pick-non-overlapping'
import { buildTermIndex, type IndexedTerm } from './term-index'

let nextId = 0
const term = (sourceTerm: string, targetTerm = `T(${sourceTerm})`, forbidden: string[] = []): IndexedTerm => ({
  id: `t${nextId++}`,
  sourceTerm,
  targetTerm,
  forbidden,
})

/** The source spans found, as the text they cover. */
function spans(text: string, terms: IndexedTerm[], lang: string): string[] {
  return findTerms(text, buildTermIndex(terms, lang)).map((m) => text.slice(m.start, m.end))
}

describe('findTerms', () => {
  test('Russian: a noun found through its cases, an adjective-noun term through agreement', () => {
    const terms = [term('договор', 'contract'), term('переводческая компания', 'translation agency')]
    expect(spans('По договорам с переводческой компанией платят позже.', terms, 'ru')).toEqual([
      'договорам',
      'переводческой компанией',
    ])
    expect(spans('Договора нет.', terms, 'ru')).toEqual(['Договора'])
  })

  test('German: plurals with umlaut and the genitive', () => {
    const terms = [term('Haus', 'house'), term('Vertrag', 'contract')]
    expect(spans('Die Häuser des Vertrags', terms, 'de')).toEqual(['Häuser', 'Vertrags'])
  })

  test('French: plurals, and a word after an elided article', () => {
    const terms = [term('ordinateur', 'computer'), term('contrat de travail', 'employment contract')]
    expect(spans("L'ordinateur et les contrats de travail.", terms, 'fr')).toEqual([
      'ordinateur',
      'contrats de travail',
    ])
  })

  test('English: plurals and -ing forms, case-insensitively', () => {
    const terms = [term('agreement'), term('run')]
    expect(spans('AGREEMENTS keep running.', terms, 'en-US')).toEqual(['AGREEMENTS', 'running'])
  })

  test('a word that only shares a prefix with the term is not a match', () => {
    expect(spans('The agreeable weather.', [term('agreement')], 'en')).toEqual([])
  })

  test('a multi-word term needs all its words in order, across any spaces or line breaks', () => {
    const terms = [term('translation memory')]
    expect(spans('Translation\n  memories help.', terms, 'en')).toEqual(['Translation\n  memories'])
    expect(spans('memory translation', terms, 'en')).toEqual([])
  })

  test('overlapping matches: longest first, and every occurrence reported', () => {
    const terms = [term('memory'), term('translation memory'), term('translation')]
    const text = 'A translation memory and a memory.'
    const found = findTerms(text, buildTermIndex(terms, 'en'))
    expect(found.map((m) => [text.slice(m.start, m.end), m.start])).toEqual([
      ['translation memory', 2],
      ['translation', 2],
      ['memory', 14],
      ['memory', 27],
    ])
    expect(pickNonOverlapping(found).map((m) => text.slice(m.start, m.end))).toEqual(['translation memory', 'memory'])
  })

  test('a staggered overlap puts the longer match first even though it starts later', () => {
    const terms = [term('data'), term('base station'), term('data base station')]
    const text = 'data base station'
    const found = findTerms(text, buildTermIndex(terms.slice(0, 2), 'en'))
    expect(found.map((m) => m.sourceTerm)).toEqual(['data', 'base station'])
    const all = findTerms(text, buildTermIndex(terms, 'en'))
    expect(all.map((m) => m.sourceTerm)).toEqual(['data base station', 'base station', 'data'])
  })

  test('reports the term with its target, forbidden variants and offsets', () => {
    const t = term('contract', 'договор', ['контракт'])
    expect(findTerms('Sign contracts.', buildTermIndex([t], 'en'))).toEqual([
      { termId: t.id, sourceTerm: 'contract', targetTerm: 'договор', forbidden: ['контракт'], start: 5, end: 14 },
    ])
  })

  test('Korean, Chinese and Japanese have no stemmer: the term is found as a substring, particles and all', () => {
    expect(spans('번역 메모리에서 찾았다', [term('번역 메모리')], 'ko')).toEqual(['번역 메모리'])
    expect(spans('我们的翻译记忆库', [term('翻译记忆')], 'zh-Hans')).toEqual(['翻译记忆'])
    expect(spans('翻訳メモリを使う', [term('翻訳メモリ')], 'ja')).toEqual(['翻訳メモリ'])
    expect(spans('API 키를 입력', [term('api')], 'ko')).toEqual(['API'])
  })

  test('a language without a stemmer or a substring rule matches whole words, folded, without inflection', () => {
    expect(spans('Umowa i umowy', [term('umowa')], 'pl')).toEqual(['Umowa'])
  })

  test('many terms: only the ones in the text are found', () => {
    const many = Array.from({ length: 5000 }, (_, i) => term(`term${i} word${i}`))
    expect(spans('see term4321 word4321 and term7 word8', many, 'en')).toEqual(['term4321 word4321'])
  })

  test('ё and е are the same letter', () => {
    expect(spans('Её счёт', [term('счет')], 'ru')).toEqual(['счёт'])
  })
})
