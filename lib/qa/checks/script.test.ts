import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkScript } from './script'

const keys = (...args: Parameters<typeof segment>) => checkScript(segment(...args)).map((i) => i.messageKey)

describe('checkScript', () => {
  test('a target in its own script passes, names and short Latin words included', () => {
    expect(keys('Open the iPhone settings.', 'Откройте настройки iPhone.')).toEqual([])
    expect(keys('Open it.', '설정을 열어 주세요.', { targetLang: 'ko' })).toEqual([])
    expect(keys('Tokyo', '東京都に行きました。', { targetLang: 'ja' })).toEqual([])
    expect(keys('Hello', '你好，世界', { targetLang: 'zh' })).toEqual([])
    expect(keys('Hello', 'مرحبا بالعالم', { targetLang: 'ar' })).toEqual([])
    expect(keys('Hallo Welt', 'Hello world', { targetLang: 'en' })).toEqual([])
  })
  test('English left in a Russian, Korean or Arabic target is an error', () => {
    expect(checkScript(segment('Hello world', 'Hello world'))).toEqual([
      {
        check: 'script',
        severity: 'error',
        messageKey: 'scriptWrong',
        params: { script: 'Cyrl' },
        target: { start: 0, end: 11 },
      },
    ])
    expect(keys('Hello world', 'Hello world', { targetLang: 'ko' })).toEqual(['scriptWrong'])
    expect(keys('Hello world', 'Hello world', { targetLang: 'ar' })).toEqual(['scriptWrong'])
    expect(keys('Привет, мир', 'Привет, мир', { sourceLang: 'ru', targetLang: 'en' })).toEqual(['scriptWrong'])
  })
  test('a run of four foreign words inside a right target is a warning', () => {
    expect(checkScript(segment('x', 'Нажмите эту большую красную кнопку and then click the button.'))).toEqual([
      {
        check: 'script',
        severity: 'warning',
        messageKey: 'scriptForeignRun',
        params: { text: 'and then click the button' },
        target: { start: 35, end: 60 },
      },
    ])
    expect(
      keys('x', '버튼을 누르고 and then click here 입니다 그리고 또 다른 문장이 있습니다', { targetLang: 'ko' }),
    ).toEqual(['scriptForeignRun'])
  })
  test('too few letters or an unknown language are not judged', () => {
    expect(keys('OK', 'OK')).toEqual([])
    expect(keys('Hello world', 'Hello world', { targetLang: 'qqq' })).toEqual([])
  })
})
