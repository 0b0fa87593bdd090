import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkEmpty, checkIdentical } from './target-state'

describe('checkEmpty', () => {
  test('a blank target is an error, a written one is not', () => {
    expect(checkEmpty(segment('Hello.', '  ')).map((i) => i.check)).toEqual(['empty'])
    expect(checkEmpty(segment('안녕하세요.', '', { sourceLang: 'ko' })).map((i) => i.severity)).toEqual(['error'])
    expect(checkEmpty(segment('Hello.', 'Привет.'))).toEqual([])
    expect(checkEmpty(segment('', ''))).toEqual([])
  })
})

describe('checkIdentical', () => {
  test('a copied source is reported, in any script', () => {
    expect(checkIdentical(segment('Hello world.', 'Hello  world.')).map((i) => i.check)).toEqual(['identical'])
    expect(checkIdentical(segment('Привет.', 'Привет.', { sourceLang: 'ru', targetLang: 'ko' }))).toHaveLength(1)
    expect(checkIdentical(segment('مرحبا', 'مرحبا', { sourceLang: 'ar', targetLang: 'en' }))).toHaveLength(1)
  })
  test('numbers, codes and a translated target pass', () => {
    expect(checkIdentical(segment('2024', '2024'))).toEqual([])
    expect(checkIdentical(segment('Hello.', 'Привет.'))).toEqual([])
    expect(checkIdentical(segment('你好', '你好', { sourceLang: 'zh-Hans', targetLang: 'zh-Hant' }))).toEqual([])
  })
})
