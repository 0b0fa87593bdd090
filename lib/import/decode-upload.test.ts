import { describe, expect, test } from 'vitest'
import { utf16le } from '@/lib/formats/test-fixtures/tools'
import { decodeUpload } from './decode-upload'

const bytes = (...values: number[]) => new Uint8Array(values)
/** UTF-16 as a file saved without a byte order mark. */
const bomlessLe = (text: string) => utf16le(text).subarray(2)
const bomlessBe = (text: string) => new Uint8Array(Buffer.from(bomlessLe(text)).swap16())
/** Little-endian 16-bit numbers, as in audio samples or a table of counts: a zero high byte in every pair. */
const shortsLe = (count: number) =>
  new Uint8Array(new Uint16Array(Array.from({ length: count }, (_, i) => i % 200)).buffer)

const BOMLESS_TEXTS = [
  'Friendship and peace.\r\nA second line.\r\n',
  'Дружба и мир.\nВторой абзац, в котором больше слов.\n',
  '우정과 평화.\n가나다 가게가 가까이 있다.\n',
  'Mixed: Дружба 우정 — “quotes” and 123.\n',
]

describe('decodeUpload', () => {
  test('decodes UTF-8 with and without a BOM', () => {
    expect(decodeUpload(new TextEncoder().encode('Дружба'))).toBe('Дружба')
    expect(decodeUpload(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('A')
  })

  test('decodes UTF-16 with a BOM', () => {
    expect(decodeUpload(bytes(0xff, 0xfe, 0x41, 0x00, 0x70, 0xc8))).toBe('A조')
    expect(decodeUpload(bytes(0xfe, 0xff, 0x00, 0x41))).toBe('A')
  })

  test.each(BOMLESS_TEXTS)('decodes UTF-16 LE and BE without a BOM: %j', (text) => {
    expect(decodeUpload(bomlessLe(text))).toBe(text)
    expect(decodeUpload(bomlessBe(text))).toBe(text)
  })

  test('still refuses binaries with NUL bytes, even at one parity, as binary', () => {
    expect(() => decodeUpload(shortsLe(2000))).toThrow('import.binary')
    expect(() =>
      decodeUpload(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48)),
    ).toThrow('import.binary')
    expect(() => decodeUpload(bytes(0x41, 0x00, 0x42, 0x00, 0x43))).toThrow('import.binary')
    expect(() => decodeUpload(bomlessLe('Text with a NUL\u0000 inside it, and more words after.'))).toThrow(
      'import.binary',
    )
  })

  test('refuses empty, binary, oversize and non-UTF-8 files with their codes', () => {
    expect(() => decodeUpload(bytes())).toThrow('import.empty')
    expect(() => decodeUpload(new TextEncoder().encode(' \n '))).toThrow('import.empty')
    expect(() => decodeUpload(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00))).toThrow('import.binary')
    expect(() => decodeUpload(new Uint8Array(11).fill(65), 10)).toThrow('import.tooLarge')
    expect(() => decodeUpload(bytes(0x41, 0xe9, 0x41))).toThrow('import.encoding')
  })
  test('refuses UTF-32 and UTF-16 with a NUL character, which cannot be stored, rather than decoding them', () => {
    const utf32le = new Uint8Array(new Uint32Array([0xfeff, 0x48, 0x69]).buffer)
    expect(() => decodeUpload(utf32le)).toThrow('import.encoding')
    expect(() => decodeUpload(new Uint8Array(Buffer.from(utf32le).swap32()))).toThrow('import.encoding')
    expect(() => decodeUpload(utf16le('A\u0000B and more words.'))).toThrow('import.binary')
    expect(() => decodeUpload(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x00, 0x00, 0x42))).toThrow('import.binary')
  })
  test('an ASCII text with a stray NUL byte is a binary, not UTF-16 read as Chinese', () => {
    const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))
    expect(() => decodeUpload(ascii('Nul \u0000 here.\n\nMore.'))).toThrow('import.binary')
    expect(() => decodeUpload(ascii('A longer text, with two \u0000 stray NUL bytes\u0000 in it.\n'))).toThrow(
      'import.binary',
    )
    // UTF-16 of ASCII text has a zero byte in every pair, and is still read.
    expect(decodeUpload(bomlessBe('Nul here.\n\nMore.'))).toBe('Nul here.\n\nMore.')
  })
})
