import { describe, expect, test } from 'vitest'
import { isProjectWord, normalizeProjectWord } from './project-words'

describe('normalizeProjectWord', () => {
  test('trims, composes and takes ASCII apostrophes', () => {
    expect(normalizeProjectWord('  cafe\u0301 ')).toBe('café')
    expect(normalizeProjectWord('l’Orchestra')).toBe("l'Orchestra")
  })

  test('refuses what is not one word', () => {
    expect(normalizeProjectWord('')).toBeNull()
    expect(normalizeProjectWord('two words')).toBeNull()
    expect(normalizeProjectWord('1234')).toBeNull()
    expect(normalizeProjectWord('x'.repeat(101))).toBeNull()
  })
})

describe('isProjectWord', () => {
  const words = new Set(['tiptap', 'PostgreSQL'])
  test('accepts the word as written, and a lower-case entry capitalised at the start of a sentence', () => {
    expect(isProjectWord(words, 'tiptap')).toBe(true)
    expect(isProjectWord(words, 'Tiptap')).toBe(true)
    expect(isProjectWord(words, 'PostgreSQL')).toBe(true)
  })

  test('an entry with capitals is not accepted in another case', () => {
    expect(isProjectWord(words, 'postgresql')).toBe(false)
    expect(isProjectWord(words, 'TipTap')).toBe(false)
  })
})
