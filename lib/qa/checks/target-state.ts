import { primaryLang } from '../lang'
import type { QaIssue, QaSegmentInput } from '../types'

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim()

/** An empty (or blank) target for a non-empty source. */
export function checkEmpty(input: QaSegmentInput): QaIssue[] {
  if (input.target.trim() !== '' || input.source.trim() === '') return []
  return [{ check: 'empty', severity: 'error', messageKey: 'empty', params: {} }]
}

/**
 * A target equal to its source (spaces aside) in another language: copied, not translated. Sources
 * without letters (numbers, codes) and pairs of the same language are left alone.
 */
export function checkIdentical(input: QaSegmentInput): QaIssue[] {
  if (!/\p{L}/u.test(input.source) || primaryLang(input.sourceLang) === primaryLang(input.targetLang)) return []
  if (collapse(input.source) !== collapse(input.target)) return []
  return [
    {
      check: 'identical',
      severity: 'warning',
      messageKey: 'identical',
      params: {},
      target: { start: 0, end: input.target.length },
    },
  ]
}
