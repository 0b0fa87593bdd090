import { describe, expect, test } from 'vitest'
import { findHits } from './find-hits'
import { foldText, foldWithOffsets, normalizeText } from './fold-text'

describe('findHits', () => {
  test('finds every occurrence, ignoring case when asked', () => {
    expect(findHits('Save, then save again.', 'save', { ignoreCase: true })).toEqual([
      { start: 0, end: 4 },
      { start: 11, end: 15 },
    ])
    expect(findHits('Save, then save again.', 'save', {})).toEqual([{ start: 11, end: 15 }])
  })

  test('ignores diacritics only when asked', () => {
    expect(findHits('Le café est prêt.', 'cafe', { ignoreDiacritics: true })).toEqual([{ start: 3, end: 7 }])
    expect(findHits('Le café est prêt.', 'cafe', {})).toEqual([])
  })

  test('always folds ё into е and Unicode normal forms', () => {
    expect(findHits('Всё хорошо', 'Все', {})).toEqual([{ start: 0, end: 3 }])
    const decomposed = 'cafe\u0301 noir'
    expect(findHits(decomposed, 'café', {})).toEqual([{ start: 0, end: 5 }])
  })

  test('offsets stay in the original text after a character that folds into several', () => {
    expect(findHits('ﬁne wine', 'wine', {})).toEqual([{ start: 4, end: 8 }])
  })
})

describe('normalizeText and foldText', () => {
  test('normalize collapses white space and composes', () => {
    expect(normalizeText('  cafe\u0301\u00a0 au  lait ')).toBe('café au lait')
  })
  test('fold lowercases, strips diacritics and folds ё', () => {
    expect(foldText('Ёлка  Café')).toBe('елка cafe')
  })
})

describe('foldText', () => {
  test('folds as foldWithOffsets does with case and diacritics ignored', () => {
    for (const text of ['Ёжик в тумане', 'Ἀθῆναι καὶ Σπάρτης', 'ﬁnale Straße', 'Crème Brûlée', '한국어 텍스트'])
      expect(foldText(text)).toBe(foldWithOffsets(text, { ignoreCase: true, ignoreDiacritics: true }).text)
  })
})
