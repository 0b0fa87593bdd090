import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkPunctuation } from './punctuation'

const keys = (...args: Parameters<typeof segment>) => checkPunctuation(segment(...args)).map((i) => i.messageKey)

describe('checkPunctuation', () => {
  test('the same final mark in each script passes', () => {
    expect(keys('Is it done?', 'Готово?')).toEqual([])
    expect(keys('Done.', '完了しました。', { targetLang: 'ja' })).toEqual([])
    expect(keys('Really?', '真的吗？', { targetLang: 'zh' })).toEqual([])
    expect(keys('Really?', 'حقا؟', { targetLang: 'ar' })).toEqual([])
    expect(keys('He said "Hi."', 'Он сказал: «Привет».')).toEqual([])
    expect(keys('Wait...', 'Подождите…')).toEqual([])
    expect(keys('Done.', '끝났습니다.', { targetLang: 'ko' })).toEqual([])
    expect(keys('Really?', 'Αλήθεια;', { targetLang: 'el' })).toEqual([])
  })
  test('another kind of mark, a lost or an added one is reported', () => {
    expect(checkPunctuation(segment('Is it done?', 'Готово.'))).toEqual([
      {
        check: 'punctuation',
        severity: 'warning',
        messageKey: 'finalDiffers',
        params: { source: '?', target: '.' },
        target: { start: 6, end: 7 },
      },
    ])
    expect(keys('Done.', '끝났습니다', { targetLang: 'ko' })).toEqual(['finalMissing'])
    expect(keys('Title', 'Заголовок.')).toEqual(['finalExtra'])
  })
  test.each([
    ['on April 26, 2023.', '26 апреля 2023 г.'],
    ['Published on April 26, 2023', 'Опубликовано 26 апреля 2023 г.'],
    ['Published on April 26, 2023', 'Опубликовано 26 апреля 2023 г.»'],
    ['In the 1990s', 'В 1990-х гг.'],
    ['Apples, pears and so on', 'Яблоки, груши и т. д.'],
    ['Apples, pears and so on', 'Яблоки, груши и т.п.'],
    ['Founded in 1990', 'Засновано 1990 р.', 'uk'],
    ['Apple Inc.', 'Apple', 'ru'],
    ['Apples, pears, etc.', 'Яблоки и груши'],
    ['Meet at 10 a.m.', 'Встреча в 10:00'],
  ])("an abbreviation's full stop stands for the sentence's, or for none: %s → %s", (source, target, lang = 'ru') => {
    expect(keys(source, target, { targetLang: lang })).toEqual([])
  })
  test('a full stop after an ordinary word, or doubled after an abbreviation, is still compared', () => {
    expect(keys('Published on April 26', 'Опубликовано 26 апреля.')).toEqual(['finalExtra'])
    expect(keys('Is it from 2023?', 'Это 2023 г.')).toEqual(['finalDiffers'])
    expect(keys('Title', 'Заголовок Б.')).toEqual(['finalExtra'])
    expect(keys('Done.', '完了 etc.', { targetLang: 'ja' })).toEqual(['finalForm'])
  })
  test('the ASCII form in a script with its own is reported', () => {
    expect(keys('Done.', '完了しました.', { targetLang: 'ja' })).toEqual(['finalForm'])
    expect(keys('Really?', 'حقا?', { targetLang: 'ar' })).toEqual(['finalForm'])
    expect(keys('Really?', '真的吗?', { targetLang: 'zh' })).toEqual(['finalForm'])
  })
})
