import { describe, expect, test } from 'vitest'
import { decodeUpload } from './decode-upload'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('decodeUpload', () => {
  test('decodes UTF-8 with and without a BOM', () => {
    expect(decodeUpload(new TextEncoder().encode('Дружба'))).toBe('Дружба')
    expect(decodeUpload(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('A')
  })

  test('decodes UTF-16 with a BOM', () => {
    expect(decodeUpload(bytes(0xff, 0xfe, 0x41, 0x00, 0x70, 0xc8))).toBe('A조')
    expect(decodeUpload(bytes(0xfe, 0xff, 0x00, 0x41))).toBe('A')
  })

  test('refuses empty, binary, oversize and non-UTF-8 files with their codes', () => {
    expect(() => decodeUpload(bytes())).toThrow('import.empty')
    expect(() => decodeUpload(new TextEncoder().encode(' \n '))).toThrow('import.empty')
    expect(() => decodeUpload(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00))).toThrow('import.binary')
    expect(() => decodeUpload(new Uint8Array(11).fill(65), 10)).toThrow('import.tooLarge')
    expect(() => decodeUpload(bytes(0x41, 0xe9, 0x41))).toThrow('import.encoding')
  })
})
