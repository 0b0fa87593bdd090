import { describe, expect, test } from 'vitest'
import { docToText } from './doc-to-text'
import { sliceDoc } from './slice-doc'
import type { RichDoc } from './types'

const bold = [{ type: 'bold' as const }]
const doc: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '  The ' },
        { type: 'text', text: 'water', marks: bold },
        { type: 'text', text: ' is clean. See ' },
        { type: 'text', text: 'the report', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
        { type: 'text', text: '. One line' },
        { type: 'hardBreak' },
        { type: 'text', text: 'and the next.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph.' }] },
  ],
}
const text = docToText(doc)

describe('sliceDoc', () => {
  test('cuts at offsets of the trimmed plain text, keeping marks and hard breaks', () => {
    const first = text.indexOf('The water')
    expect(sliceDoc(doc, first, first + 'The water is clean.'.length)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The ' },
            { type: 'text', text: 'water', marks: bold },
            { type: 'text', text: ' is clean.' },
          ],
        },
      ],
    })
    const line = text.indexOf('One line')
    expect(sliceDoc(doc, line, text.indexOf('next.') + 5).content[0]!.content).toEqual([
      { type: 'text', text: 'One line' },
      { type: 'hardBreak' },
      { type: 'text', text: 'and the next.' },
    ])
  })

  test('the text of every slice is the same slice of the text', () => {
    for (let start = 0; start <= text.length; start += 3)
      for (let end = start; end <= text.length; end += 5)
        expect(docToText(sliceDoc(doc, start, end))).toBe(text.slice(start, end).trim().replace(/\n\n+/g, '\n\n'))
  })
})
