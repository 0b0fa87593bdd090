import { describe, expect, test } from 'vitest'
import { docToHtml } from '../richtext/doc-to-html'
import { docToText } from '../richtext/doc-to-text'
import { detectArticleKind, splitArticle } from './split-article'

const texts = (content: string, kind: 'text' | 'markdown' | 'html') => splitArticle(content, kind).map(docToText)

describe('splitArticle', () => {
  test('splits plain text on blank lines and joins wrapped lines', () => {
    expect(texts('First line\nwraps here.\n\n\nSecond.\n   \nThird.', 'text')).toEqual([
      'First line wraps here.',
      'Second.',
      'Third.',
    ])
  })

  test('handles CRLF line ends and a byte order mark', () => {
    expect(texts('\uFEFFOne\r\n\r\nTwo\r\n', 'text')).toEqual(['One', 'Two'])
  })

  test('keeps Korean and Russian paragraphs intact', () => {
    expect(texts('조선과 러시아의 친선.\n\nДружба КНДР и России.', 'text')).toEqual([
      '조선과 러시아의 친선.',
      'Дружба КНДР и России.',
    ])
  })

  test('splits Markdown on blocks and keeps bold, italics and links', () => {
    const docs = splitArticle(
      '# Title\n\nSome **bold** and _it_ [link](https://example.org).\n\n- item one\n- item two',
      'markdown',
    )
    expect(docs.map(docToText)).toEqual(['Title', 'Some bold and it link.', 'item one', 'item two'])
    expect(docToHtml(docs[1]!)).toContain('<strong>bold</strong>')
    expect(docToHtml(docs[1]!)).toContain('href="https://example.org"')
  })

  test('splits HTML on block elements', () => {
    expect(
      texts('<html><head><title>x</title></head><body><p>A <b>b</b></p><div>C</div></body></html>', 'html'),
    ).toEqual(['A b', 'C'])
  })

  test('refuses a text with no paragraphs', () => {
    expect(() => splitArticle('  \n\n ', 'text')).toThrow('import.noParagraphs')
  })
})

describe('Markdown the parser cannot read safely', () => {
  // "_a" × 50,000 took 26 s (quadratic) and ">" × 100,000 overflowed the stack (a 500): now a clear refusal at once.
  test.each([
    ['emphasis marks by the thousand in one paragraph', 'Intro.\n\n' + '_a'.repeat(50_000), 3],
    ['quotes nested 100,000 deep', '>'.repeat(100_000) + ' deep', 1],
    ['list items nested in one line', '- '.repeat(50_000) + 'x', 1],
  ])('%s is refused, naming the line', (_, markdown, line) => {
    expect(() => splitArticle(markdown, 'markdown')).toThrow(
      expect.objectContaining({ code: 'import.markdownTooComplex', details: { line } }),
    )
  })
})

describe('detectArticleKind', () => {
  test('maps file extensions to kinds', () => {
    expect(detectArticleKind('a.TXT', '')).toBe('text')
    expect(detectArticleKind('a.md', '')).toBe('markdown')
    expect(detectArticleKind('a.htm', '')).toBe('html')
    expect(detectArticleKind('a.docx', '')).toBe('docx')
    expect(detectArticleKind('a.pdf', '')).toBeNull()
  })
})
