import { describe, expect, test } from 'vitest'
import { extractHtmlTitle } from '../import/extract-title'
import { htmlToDoc, htmlToDocs } from './html-to-docs'

// Issue #8 (9): conversion was quadratic in nesting depth (142,000 levels took minutes). These
// inputs finish well inside Vitest's timeout only when every tag costs the same whatever the depth.
const DEPTH = 142_000

describe('htmlToDocs on deep nesting', () => {
  test('142,000 nested <b> around one letter give one bold letter', () => {
    const html = '<p>' + '<b>'.repeat(DEPTH) + 'x' + '</b>'.repeat(DEPTH) + '</p>'
    expect(htmlToDocs(html)).toEqual([
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] }],
      },
    ])
  })

  test('text at every level and stray closing tags: each level adds its mark once, unmatched closes are ignored', () => {
    const open = Array.from({ length: DEPTH / 2 }, (_, k) => (k % 2 === 0 ? '<b>a' : '<i>b')).join('')
    const html = `<p>${open}${'</u>'.repeat(DEPTH / 2)}${'</i></b>'.repeat(DEPTH / 4)}z</p>`
    const [doc] = htmlToDocs(html)
    expect(doc!.content[0]!.content).toEqual([
      { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'ba'.repeat(DEPTH / 4 - 1) + 'b', marks: [{ type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: 'z' },
    ])
  })

  test('htmlToDoc (segment saves) and the title finder handle the same depth', () => {
    const html = '<h1>' + '<i>'.repeat(DEPTH) + 'Title' + '</i>'.repeat(DEPTH) + '</h1><p>Body</p>'
    expect(extractHtmlTitle(html).title).toBe('Title')
    expect(htmlToDoc(html).content.map((p) => p.content)).toEqual([
      [{ type: 'text', text: 'Title', marks: [{ type: 'italic' }] }],
      [{ type: 'text', text: 'Body' }],
    ])
  })
})
