import { describe, expect, test } from 'vitest'
import { markFromNativeCode, nativeOpenCode } from './native-code'

describe('nativeOpenCode and markFromNativeCode', () => {
  test('a link whose href has < > & " \' reads back as the same link', () => {
    for (const href of ['>a', 'a<b>c', 'x?a=1&b="2"', "it's", 'a b']) {
      const mark = { type: 'link' as const, attrs: { href } }
      expect(markFromNativeCode(nativeOpenCode(mark))).toEqual(mark)
    }
  })

  test('a quoted attribute value may hold > as other tools write it', () => {
    expect(markFromNativeCode('<a href="a>b" title=\'x > y\'>')).toEqual({ type: 'link', attrs: { href: 'a>b' } })
    expect(markFromNativeCode('<b class="x>y">')).toEqual({ type: 'bold' })
  })
})
