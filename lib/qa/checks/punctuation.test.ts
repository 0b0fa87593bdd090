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
  test('the ASCII form in a script with its own is reported', () => {
    expect(keys('Done.', '完了しました.', { targetLang: 'ja' })).toEqual(['finalForm'])
    expect(keys('Really?', 'حقا?', { targetLang: 'ar' })).toEqual(['finalForm'])
    expect(keys('Really?', '真的吗?', { targetLang: 'zh' })).toEqual(['finalForm'])
  })
})
