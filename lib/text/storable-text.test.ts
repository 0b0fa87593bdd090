import { describe, expect, test } from 'vitest'
import { findUnstorableText, isStorableText } from './storable-text'

describe('storable text', () => {
  test('NUL and lone surrogates cannot be stored; pairs and other control characters can', () => {
    expect(isStorableText('a\u0000b')).toBe(false)
    expect(isStorableText('a\ud800b')).toBe(false)
    expect(isStorableText('\udc00')).toBe(false)
    expect(isStorableText('a😀b\u0001\t')).toBe(true)
  })

  test('finds the path of the first unstorable string, key or value, in a parsed JSON value', () => {
    expect(findUnstorableText({ a: [1, 'ok', { b: 'x\u0000' }] })).toBe('a.2.b')
    expect(findUnstorableText({ ok: 'fine', ['k\ud800']: 1 })).toBe('k\ud800')
    expect(findUnstorableText('\udc00')).toBe('')
    expect(findUnstorableText({ a: ['😀', null, true, 3] })).toBeUndefined()
  })

  test('walks a value nested 100,000 deep without recursion', () => {
    let deep: unknown = 'a\u0000'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(findUnstorableText(deep)).toBe(Array.from({ length: 100_000 }, () => '0').join('.'))
  })
})
