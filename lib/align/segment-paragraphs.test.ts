import { describe, expect, test } from 'vitest'
import { segmentParagraphs } from './segment-paragraphs'
import { splitParagraphs } from './split-paragraphs'

describe('splitParagraphs', () => {
  test('splits at blank lines (also with spaces or CRLF) and collapses whitespace', () => {
    expect(splitParagraphs('a\nb\r\n \r\nc   d\n\n\n')).toEqual(['a b', 'c d'])
  })
})

describe('segmentParagraphs', () => {
  test('keeps sentences grouped by paragraph', () => {
    expect(segmentParagraphs('Один. Два.\n\nТри.', 'ru')).toEqual([['Один.', 'Два.'], ['Три.']])
  })
})
