import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkSpelling } from './spelling'

describe('checkSpelling', () => {
  test('each misspelling is an issue at its place, with up to three suggestions', () => {
    const misspellings = [{ word: 'Превет', start: 0, end: 6, suggestions: ['Привет', 'Прилет', 'Пребыть', 'Пари'] }]
    expect(checkSpelling(segment('Hello', 'Превет', { misspellings }))).toEqual([
      {
        check: 'spelling',
        severity: 'info',
        messageKey: 'misspelledSuggest',
        params: { word: 'Превет', suggestions: 'Привет, Прилет, Пребыть' },
        target: { start: 0, end: 6 },
      },
    ])
  })
  test('no misspellings, no issues', () => {
    expect(checkSpelling(segment('Hello', 'Привет'))).toEqual([])
    expect(
      checkSpelling(
        segment('Hello', 'Helo', {
          targetLang: 'en',
          misspellings: [{ word: 'Helo', start: 0, end: 4, suggestions: [] }],
        }),
      )[0]?.messageKey,
    ).toBe('misspelled')
  })
})
