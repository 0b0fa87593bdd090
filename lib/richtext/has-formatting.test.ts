import { describe, expect, test } from 'vitest'
import { hasFormatting } from './has-formatting'
import { textToDoc } from './text-to-doc'

describe('hasFormatting', () => {
  test('plain text and hard breaks are not formatting; a mark or a second paragraph is', () => {
    expect(hasFormatting(undefined)).toBe(false)
    expect(hasFormatting(textToDoc('Раз\nдва'))).toBe(false)
    expect(
      hasFormatting({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [] }] }],
      }),
    ).toBe(false)
    expect(
      hasFormatting({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'italic' }] }] }],
      }),
    ).toBe(true)
    expect(hasFormatting({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] })).toBe(true)
  })
})
