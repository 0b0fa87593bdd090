import { describe, expect, test } from 'vitest'
import { docToHtml } from './doc-to-html'
import { countWords, docToText } from './doc-to-text'
import { htmlToDoc, htmlToDocs } from './html-to-docs'
import { parseRichDoc, sanitizeDoc } from './schema'
import { textToDoc } from './text-to-doc'

describe('htmlToDocs', () => {
  test('splits block elements into paragraphs and keeps bold, italic and links', () => {
    const docs = htmlToDocs(
      '<h1>Title</h1><p>Some <b>bold</b> and <em>it</em> <a href="https://x.org">link</a></p><ul><li>one</li></ul>',
    )
    expect(docs.map(docToText)).toEqual(['Title', 'Some bold and it link', 'one'])
    expect(docToHtml(docs[1]!)).toBe(
      '<p>Some <strong>bold</strong> and <em>it</em> <a target="_blank" rel="noopener noreferrer nofollow" href="https://x.org">link</a></p>',
    )
  })

  test('drops scripts, styles and unsafe links', () => {
    const docs = htmlToDocs('<script>alert(1)</script><p onclick="x()">a <a href="javascript:alert(1)">b</a></p>')
    expect(docs).toEqual([{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a b' }] }] }])
  })

  test('keeps Korean and Russian text and decodes entities', () => {
    const docs = htmlToDocs('<p>조선과 &amp; <i>Россия</i>&nbsp;дружба</p>')
    expect(docToText(docs[0]!)).toBe('조선과 & Россия\u00a0дружба')
  })

  test('turns br into hard breaks and inline styles into marks', () => {
    const doc = htmlToDoc('<p>line one<br>line <span style="font-weight:700">two</span></p>')
    expect(doc.content[0]?.content).toEqual([
      { type: 'text', text: 'line one' },
      { type: 'hardBreak' },
      { type: 'text', text: 'line ' },
      { type: 'text', text: 'two', marks: [{ type: 'bold' }] },
    ])
  })
})

describe('docToHtml', () => {
  test('escapes markup characters in text and attributes', () => {
    const html = docToHtml({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: `<&>"'`, marks: [{ type: 'link', attrs: { href: 'https://a.b/?q="x"' } }] }],
        },
      ],
    })
    expect(html).toBe(
      '<p><a target="_blank" rel="noopener noreferrer nofollow" href="https://a.b/?q=&quot;x&quot;">&lt;&amp;&gt;"\'</a></p>',
    )
  })

  test('round-trips through htmlToDoc', () => {
    const doc = textToDoc('plain')
    doc.content[0]!.content!.push({ type: 'text', text: ' x', marks: [{ type: 'superscript' }] })
    expect(htmlToDoc(docToHtml(doc))).toEqual(doc)
  })
})

describe('parseRichDoc', () => {
  test('rejects nodes outside the editor schema', () => {
    expect(parseRichDoc({ type: 'doc', content: [{ type: 'heading', content: [] }] })).toBeNull()
    expect(parseRichDoc('<p>x</p>')).toBeNull()
  })

  test('sanitizes marks and merges equal runs', () => {
    const doc = parseRichDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'b', marks: [{ type: 'bold' }, { type: 'bold' }] },
            { type: 'text', text: 'c', marks: [{ type: 'link', attrs: { href: 'data:text/html,x' } }] },
          ],
        },
      ],
    })
    expect(doc?.content[0]?.content).toEqual([
      { type: 'text', text: 'ab', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'c' },
    ])
  })

  test('gives an empty doc one empty paragraph', () => {
    expect(sanitizeDoc({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })
})

describe('countWords', () => {
  test('counts words in English, Russian and Korean', () => {
    expect(countWords('The DPRK and Russia, friends.')).toBe(5)
    expect(countWords('Россия и КНДР — друзья')).toBe(4)
    expect(countWords('조선과 러시아의 친선')).toBe(3)
  })
})
