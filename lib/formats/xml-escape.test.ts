import { describe, expect, test } from 'vitest'
import { escapeXmlAttr, escapeXmlText } from './xml-escape'

describe('escapeXmlText', () => {
  test('escapes &, <, > and carriage returns, and drops characters XML cannot carry', () => {
    expect(escapeXmlText('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'')
    expect(escapeXmlText('line\r\nnext\ttab')).toBe('line&#13;\nnext\ttab')
    expect(escapeXmlText('x\u0000y\u0008z\uFFFE\uFFFF & \uD800 \uDC00 😀')).toBe('xyz &amp;   😀')
    expect(escapeXmlText('Абзац 번역')).toBe('Абзац 번역')
  })
})

describe('escapeXmlAttr', () => {
  test('escapes quotes and keeps whitespace as character references', () => {
    expect(escapeXmlAttr('a&b<c>d"e\'f\tg\nh\ri')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i')
    expect(escapeXmlAttr('\u0001ok\uDBFF')).toBe('ok')
    expect(escapeXmlAttr('plain')).toBe('plain')
  })
})
