import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkLanguage } from './language'

const guess = (target: string, targetLang: string) =>
  checkLanguage(segment('x', target, { targetLang })).map((i) => i.params.lang)

describe('checkLanguage', () => {
  test('English left in a German, French or Spanish target is reported', () => {
    expect(guess('This is the text that was not translated for you.', 'de')).toEqual(['en'])
    expect(guess('This is the text that was not translated for you.', 'fr')).toEqual(['en'])
    expect(checkLanguage(segment('x', 'Der Hund ist nicht mit der Katze auf dem Dach.', { targetLang: 'es' }))).toEqual(
      [
        {
          check: 'language',
          severity: 'warning',
          messageKey: 'languageOther',
          params: { lang: 'de' },
          target: { start: 0, end: 46 },
        },
      ],
    )
  })
  test('a target in its language passes, with a few foreign words', () => {
    expect(guess('Der Text ist nicht für dich übersetzt worden, the end.', 'de')).toEqual([])
    expect(guess('Le chat est sur la table avec les enfants.', 'fr')).toEqual([])
    expect(guess('The cat is on the table with the children.', 'en')).toEqual([])
  })
  test('short targets, other scripts and languages without a list are not judged', () => {
    expect(guess('This is the end.', 'de')).toEqual([])
    expect(guess('This is the text that was not translated for you.', 'pl')).toEqual([])
    expect(guess('This is the text that was not translated for you.', 'ru')).toEqual([])
    expect(guess('This is the text that was not translated for you.', 'ko')).toEqual([])
  })
})
