import { describe, expect, test } from 'vitest'
import { normalizeTitle } from './normalize-title'

describe('normalizeTitle', () => {
  test('each run of line breaks, tabs and control characters becomes one space, and the ends are trimmed', () => {
    expect(normalizeTitle('\r\n Дружба\r\n\r\nи\tмир\u0000\u001f\u007f\u009f 우정 \u2029')).toBe('Дружба и мир 우정')
  })

  test('keeps joiners that spell a word (a Persian zero-width non-joiner) and characters past the BMP', () => {
    expect(normalizeTitle('می\u200cخواهم 🧑‍🤝‍🧑')).toBe('می\u200cخواهم 🧑‍🤝‍🧑')
  })
})
