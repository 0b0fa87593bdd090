import { describe, expect, test } from 'vitest'
import { normalizeTitle, titleFromFileName } from './normalize-title'

describe('normalizeTitle', () => {
  test('each run of line breaks, tabs and control characters becomes one space, and the ends are trimmed', () => {
    expect(normalizeTitle('\r\n Дружба\r\n\r\nи\tмир\u0000\u001f\u007f\u009f 우정 \u2029')).toBe('Дружба и мир 우정')
  })

  test('keeps joiners that spell a word (a Persian zero-width non-joiner) and characters past the BMP', () => {
    expect(normalizeTitle('می\u200cخواهم 🧑‍🤝‍🧑')).toBe('می\u200cخواهم 🧑‍🤝‍🧑')
  })

  test('drops bidirectional overrides, embeddings and isolates, which would make a title read as something else', () => {
    expect(normalizeTitle('a\u202Egnp.txt')).toBe('agnp.txt')
    expect(normalizeTitle('\u2067שלום\u2069 \u202Aworld\u202C')).toBe('שלום world')
  })
})

describe('titleFromFileName', () => {
  test('is the name’s last path part without its extension', () => {
    expect(titleFromFileName('../../../etc/<b>Report.tmx')).toBe('<b>Report')
    expect(titleFromFileName('C:\\Users\\ana\\Отчёт 2024.docx')).toBe('Отчёт 2024')
    expect(titleFromFileName('.hidden')).toBe('.hidden')
    expect(titleFromFileName('a\u202Egnp.txt')).toBe('agnp')
  })
})
