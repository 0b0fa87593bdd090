import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkPlaceholders } from './placeholders'

describe('checkPlaceholders', () => {
  test('kept placeholders pass in any order', () => {
    expect(
      checkPlaceholders(segment('Click ⟦{1}⟧ then ⟦<x id="2"/>⟧.', 'Нажмите ⟦<x id="2"/>⟧, затем ⟦{1}⟧.')),
    ).toEqual([])
    expect(checkPlaceholders(segment('Open ⟦%s⟧', '⟦%s⟧ 열기', { targetLang: 'ko' }))).toEqual([])
  })
  test('a changed placeholder is missing in the source and extra in the target', () => {
    expect(checkPlaceholders(segment('Open ⟦%s⟧', '⟦%d⟧を開く', { targetLang: 'ja' }))).toEqual([
      {
        check: 'placeholders',
        severity: 'error',
        messageKey: 'placeholderMissing',
        params: { placeholder: '⟦%s⟧' },
        source: { start: 5, end: 9 },
      },
      {
        check: 'placeholders',
        severity: 'error',
        messageKey: 'placeholderExtra',
        params: { placeholder: '⟦%d⟧' },
        target: { start: 0, end: 4 },
      },
    ])
    expect(
      checkPlaceholders(segment('⟦b⟧ and ⟦b⟧', 'افتح ⟦b⟧', { targetLang: 'ar' })).map((i) => i.messageKey),
    ).toEqual(['placeholderMissing'])
  })
})
