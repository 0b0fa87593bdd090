import { describe, expect, test } from 'vitest'
import { emptyDoc, isEmptyDoc } from './empty-doc'
import type { RichDoc } from './types'

const paragraphs = (...content: RichDoc['content']): RichDoc => ({ type: 'doc', content })

describe('isEmptyDoc', () => {
  test('an empty paragraph, no paragraphs and several empty paragraphs are empty', () => {
    expect(isEmptyDoc(emptyDoc())).toBe(true)
    expect(isEmptyDoc(paragraphs())).toBe(true)
    expect(isEmptyDoc(paragraphs({ type: 'paragraph' }, { type: 'paragraph', content: [] }))).toBe(true)
  })

  test('a doc of only spaces or only a hard break is empty, as a save decides (no text after trimming)', () => {
    expect(isEmptyDoc(paragraphs({ type: 'paragraph', content: [{ type: 'text', text: '  \u00a0 ' }] }))).toBe(true)
    expect(isEmptyDoc(paragraphs({ type: 'paragraph', content: [{ type: 'hardBreak' }] }))).toBe(true)
    expect(
      isEmptyDoc(paragraphs({ type: 'paragraph', content: [{ type: 'text', text: ' ', marks: [{ type: 'bold' }] }] })),
    ).toBe(true)
  })

  test('any Korean, Cyrillic or Latin letter makes it non-empty', () => {
    for (const text of ['가', 'Ж', 'a', ' . '])
      expect(isEmptyDoc(paragraphs({ type: 'paragraph', content: [{ type: 'text', text }] }))).toBe(false)
  })
})
