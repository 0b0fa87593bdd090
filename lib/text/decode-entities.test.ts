import { describe, expect, test } from 'vitest'
import { decodeEntities, decodeEntity } from './decode-entities'

describe('decodeEntity', () => {
  test('decodes named, decimal and hexadecimal references', () => {
    expect(['&amp;', '&LT;', '&gt;', '&quot;', '&apos;', '&nbsp;', '&#1071;', '&#xAC00;'].map(decodeEntity)).toEqual([
      '&',
      '<',
      '>',
      '"',
      "'",
      '\u00a0',
      'Я',
      '가',
    ])
  })

  test('keeps a reference literally when it names no character', () => {
    for (const raw of ['&#0;', '&#99999999;', '&#x110000;', '&#xD800;', '&#57343;', '&nosuch;'])
      expect(decodeEntity(raw)).toBe(raw)
  })
})

describe('decodeEntities', () => {
  test('decodes every reference in a string and keeps text and unknown ones', () => {
    expect(decodeEntities('a&amp;b &#x1F600; &#99999999; &bogus; & plain')).toBe('a&b 😀 &#99999999; &bogus; & plain')
  })
})
