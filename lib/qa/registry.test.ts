import { describe, expect, test } from 'vitest'
import { QA_CHECKS, runDocumentChecks, runSegmentChecks } from './registry'
import { segment } from './test-input'
import { QA_CHECK_IDS } from './types'

describe('runSegmentChecks', () => {
  test('lists the findings of every check, worst first', () => {
    const issues = runSegmentChecks(segment('In 2024 (twice).', 'В 2042 (дважды '))
    expect(issues.map((i) => i.check)).toEqual(['numbers', 'numbers', 'brackets', 'punctuation', 'spaces'])
  })
  test('an empty target reports that alone', () => {
    expect(runSegmentChecks(segment('In 2024.', ''))).toEqual([
      { check: 'empty', severity: 'error', messageKey: 'empty', params: {} },
    ])
  })
  test('a good translation has nothing to say', () => {
    expect(
      runSegmentChecks(segment('In 2024, we had 1,000.5 tons (net).', 'В 2024 году у нас было 1 000,5 тонны (нетто).')),
    ).toEqual([])
    expect(runSegmentChecks(segment('Is it 5?', '5인가요?', { targetLang: 'ko' }))).toEqual([])
  })
  test('a long text is checked whole (one pass per check)', () => {
    const source = 'Page 12 of the “report” (draft) says 1,000.5 tons. '.repeat(20_000)
    const target = 'На странице 12 «отчёта» (черновик) сказано 1 000,5 тонны. '.repeat(20_000)
    expect(runSegmentChecks(segment(source, target))).toEqual([])
  })
})

describe('QA_CHECKS', () => {
  test('has every check id once, with a severity', () => {
    expect(Object.keys(QA_CHECKS).sort()).toEqual([...QA_CHECK_IDS].sort())
    expect(runDocumentChecks([])).toEqual([])
  })
})
