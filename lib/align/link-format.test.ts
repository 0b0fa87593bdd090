import { describe, expect, test } from 'vitest'
import { formatLink, formatLinks, parseLinks } from './link-format'

describe('formatLink', () => {
  test('writes ids without spaces and an empty list for a missing side', () => {
    expect(formatLink({ source: [0, 1], target: [0] })).toBe('[0,1]:[0]')
    expect(formatLink({ source: [5], target: [] })).toBe('[5]:[]')
    expect(formatLink({ source: [], target: [7] })).toBe('[]:[7]')
  })
})

describe('parseLinks', () => {
  test('round-trips formatted links, skipping blank lines and tolerating spaces', () => {
    const links = [
      { source: [0, 1], target: [0] },
      { source: [2], target: [] },
      { source: [], target: [1, 2, 3] },
    ]
    expect(parseLinks(formatLinks(links))).toEqual(links)
    expect(parseLinks('[0, 1] : [2]\r\n\n')).toEqual([{ source: [0, 1], target: [2] }])
  })

  test('names the line that is not a link', () => {
    expect(() => parseLinks('[0]:[0]\n0:0\n')).toThrow(/line 2/)
    expect(() => parseLinks('[0,,1]:[0]')).toThrow(SyntaxError)
  })
})
