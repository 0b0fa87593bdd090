import { describe, expect, test } from 'vitest'
import { parsePairs } from './parse-pairs'

describe('parsePairs', () => {
  test('reads two or three columns, skipping blank lines, comments and a header line', () => {
    const text = '\uFEFFsource\ttarget\tname\r\n# comment\n\na.de.txt\ta.fr.txt\n  \nb.de.md\tb.fr.md\tBook B\t\n'
    expect(parsePairs(text)).toEqual({
      pairs: [
        { line: 4, source: 'a.de.txt', target: 'a.fr.txt', name: null },
        { line: 6, source: 'b.de.md', target: 'b.fr.md', name: 'Book B' },
      ],
      problems: [],
    })
  })

  test('a header is only the first line: later, "source<TAB>target" is a pair of files with those names', () => {
    expect(parsePairs('a\tb\nsource\ttarget\n').pairs.map((p) => p.source)).toEqual(['a', 'source'])
  })

  test('names the lines with too few or too many columns, or an empty path', () => {
    expect(parsePairs('a\tb\nonly-one\n\tb\na\tb\tc\td\n').problems).toEqual([
      { line: 2, reason: 'columns', columns: 1 },
      { line: 3, reason: 'emptyPath', columns: 2 },
      { line: 4, reason: 'columns', columns: 4 },
    ])
  })
})
