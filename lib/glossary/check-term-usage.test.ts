import { describe, expect, test } from 'vitest'
import { checkTermUsage } from './check-term-usage'

describe('checkTermUsage', () => {
  test('the target term used in an inflected form counts as used', () => {
    expect(checkTermUsage('Подпишите оба договора.', { targetTerm: 'договор', forbidden: ['контракт'] }, 'ru')).toEqual(
      {
        targetUsed: true,
        forbiddenUsed: [],
      },
    )
  })

  test('a forbidden variant is reported with its place, through inflection', () => {
    const text = 'Подпишите контракты.'
    const usage = checkTermUsage(text, { targetTerm: 'договор', forbidden: ['контракт'] }, 'ru')
    expect(usage.targetUsed).toBe(false)
    expect(usage.forbiddenUsed).toEqual([{ variant: 'контракт', start: 10, end: 19 }])
  })

  test('the target term inside a longer forbidden variant does not count as used', () => {
    const usage = checkTermUsage('Open the file folder.', { targetTerm: 'folder', forbidden: ['file folder'] }, 'en')
    expect(usage).toEqual({ targetUsed: false, forbiddenUsed: [{ variant: 'file folder', start: 9, end: 20 }] })
  })

  test('Korean targets are found as substrings', () => {
    expect(checkTermUsage('계약서를 확인', { targetTerm: '계약서', forbidden: [] }, 'ko').targetUsed).toBe(true)
    expect(checkTermUsage('확인', { targetTerm: '계약서', forbidden: [] }, 'ko').targetUsed).toBe(false)
  })
})
