import { describe, expect, test } from 'vitest'
import { foldText } from './fold-text'

describe('foldText', () => {
  test('lowercases in every script the editor shows', () => {
    expect(foldText('SEOUL Москва ÉTÉ')).toBe('seoul москва été')
  })

  test('folds ё into е, capital or small, but keeps й apart from и', () => {
    expect(foldText('Ёлка ещё')).toBe('елка еще')
    expect(foldText('Йошкар-Ола')).toBe('йошкар-ола')
    expect(foldText('й')).not.toBe(foldText('и'))
  })

  test('decomposed and composed forms of a letter fold alike', () => {
    expect(foldText('е\u0308')).toBe('е') // ё written as е + combining diaeresis
    expect(foldText('и\u0306')).toBe('й') // й written as и + combining breve
    expect(foldText('cafe\u0301')).toBe(foldText('caf\u00e9'))
    expect(foldText('\u1112\u1161\u11ab')).toBe('한') // Hangul written as jamo
  })

  test('compatibility forms fold to the plain letters (NFKC)', () => {
    expect(foldText('\ufb01le')).toBe('file')
    expect(foldText('ＡＢＣ１')).toBe('abc1')
  })
})
