import { describe, expect, test } from 'vitest'
import { detectFormat } from './detect-format'

const utf8 = (text: string) => new TextEncoder().encode(text)
const utf16le = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)])

describe('detectFormat', () => {
  test.each([
    [
      'a TMX with a declaration and a comment',
      utf8('<?xml version="1.0"?>\n<!-- x -->\n<tmx version="1.4">'),
      'x.bin',
      'tmx',
    ],
    ['an XLIFF 2 file', utf8('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">'), '', 'xliff'],
    ['a UTF-16 TMX with a BOM', utf16le('<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4">'), '', 'tmx'],
    ['a JSON export', utf8('\uFEFF{"format":"parallel-export"'), '', 'json'],
    ['an unreadable file named .xlf', utf8('<!DOCTYPE x [<!ENTITY a "b">]><x/>'), 'a.xlf', 'xliff'],
    ['a text file', utf8('Hello'), 'notes.txt', null],
  ])('recognizes %s', (_name, head, fileName, expected) => {
    expect(detectFormat(head, fileName)).toBe(expected)
  })
})
