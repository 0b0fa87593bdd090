import { describe, expect, test } from 'vitest'
import { findMarkdownRefusal, MAX_DELIMITER_RUNS, MAX_NESTING } from './markdown-guard'

describe('findMarkdownRefusal', () => {
  test('ordinary Markdown passes: emphasis, quotes, nested lists, code, rules of underscores', () => {
    const text = [
      '# Title',
      '',
      'Some *emphasis*, __strong__ and `snake_case_names` in a paragraph.',
      '',
      '> A quote',
      '> > nested once',
      '',
      '- one',
      '  - two',
      '    1. three',
      '',
      '________________________________________',
      '',
      '    indented code with a_b_c',
    ].join('\n')
    expect(findMarkdownRefusal(text)).toBeNull()
  })
  test('a paragraph with more emphasis delimiters than the parser reads quickly is refused where it starts', () => {
    expect(findMarkdownRefusal('Intro.\n\n' + '_a'.repeat(MAX_DELIMITER_RUNS + 1))).toEqual({
      reason: 'emphasis',
      line: 3,
    })
    expect(findMarkdownRefusal('*a'.repeat(50_000))).toEqual({ reason: 'emphasis', line: 1 })
    // The same number spread over paragraphs is fine: the count starts again after a blank line.
    const spread = Array.from({ length: 20 }, () => '_a'.repeat(MAX_DELIMITER_RUNS / 2)).join('\n\n')
    expect(findMarkdownRefusal(spread)).toBeNull()
    // Each table row and list item counts on its own: a long table of bold cells is fine.
    const table = ['| a | b |', '|---|---|', ...Array.from({ length: 500 }, (_, i) => `| **${i}** | _x_ |`)].join('\n')
    expect(findMarkdownRefusal(table)).toBeNull()
    // A long run of one delimiter is one run.
    expect(findMarkdownRefusal('_'.repeat(100_000))).toBeNull()
  })
  test('quotes and list items nested past the limit are refused on their line', () => {
    expect(findMarkdownRefusal('ok\n' + '>'.repeat(100_000) + ' deep')).toEqual({ reason: 'nesting', line: 2 })
    expect(findMarkdownRefusal('- '.repeat(MAX_NESTING + 1) + 'x')).toEqual({ reason: 'nesting', line: 1 })
    expect(findMarkdownRefusal('1. '.repeat(5_000) + 'x')).toEqual({ reason: 'nesting', line: 1 })
    expect(findMarkdownRefusal(' '.repeat(1_000) + '- x')).toEqual({ reason: 'nesting', line: 1 })
    expect(findMarkdownRefusal('> '.repeat(MAX_NESTING) + 'x')).toBeNull()
  })
})
