import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkBrackets } from './brackets'

const marks = (...args: Parameters<typeof segment>) => checkBrackets(segment(...args)).map((i) => i.params.char)

describe('checkBrackets', () => {
  test('paired brackets and each language’s quotes pass', () => {
    expect(marks('He said "yes" (twice).', 'Он сказал «да» (дважды).')).toEqual([])
    expect(marks('He said "yes".', 'Er sagte „ja“.', { targetLang: 'de' })).toEqual([])
    expect(marks('He said "yes".', 'He said “yes”.', { targetLang: 'en-GB', sourceLang: 'en' })).toEqual([])
    expect(marks('"Yes"', '「はい」と言った', { targetLang: 'ja' })).toEqual([])
    expect(marks('"Yes"', '“네”라고 했다', { targetLang: 'ko' })).toEqual([])
    expect(marks('(yes)', '(نعم)', { targetLang: 'ar' })).toEqual([])
    expect(marks("Don't", 'l’homme', { targetLang: 'fr' })).toEqual([])
  })
  test('an unpaired mark is reported where it is', () => {
    expect(checkBrackets(segment('(twice)', '(дважды'))).toEqual([
      {
        check: 'brackets',
        severity: 'warning',
        messageKey: 'unpaired',
        params: { char: '(' },
        target: { start: 0, end: 1 },
      },
    ])
    expect(marks('"yes"', 'Er sagte „ja.', { targetLang: 'de' })).toEqual(['„'])
    expect(marks('"yes"', '「はい と言った', { targetLang: 'ja' })).toEqual(['「'])
    expect(marks('a (b) c', '가 나) 다', { targetLang: 'ko' })).toEqual([')'])
    expect(marks('"yes"', 'Он сказал «да».»')).toEqual(['»'])
  })
  test('a kind the source leaves unpaired as well passes ("1)" lists)', () => {
    expect(marks('1) one', '1) один')).toEqual([])
  })
})
