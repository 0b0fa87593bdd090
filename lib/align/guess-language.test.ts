import { describe, expect, test } from 'vitest'
import { guessLanguage } from './guess-language'

describe('guessLanguage', () => {
  test.each([
    ['The cat is on the mat and that is it.', 'en'],
    ['Der Hund ist nicht mit dem Mann gegangen.', 'de'],
    ['Le chat est dans la maison avec les enfants.', 'fr'],
    ['Þetta er ekki gott og það er satt.', 'is'],
    ['Это пример текста.', 'ru'],
    ['Це приклад тексту, і він короткий.', 'uk'],
    ['안녕하세요, 반갑습니다.', 'ko'],
    ['我很好，谢谢。', 'zh'],
    ['これは日本語の文です。', 'ja'],
    ['مرحبا بالعالم', 'ar'],
    ['Γειά σου κόσμε', 'el'],
    ['สวัสดีครับ', 'th'],
  ])('%s is %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang)
  })

  test('says und when there are no letters', () => {
    expect(guessLanguage('12345 !?')).toBe('und')
  })
})
