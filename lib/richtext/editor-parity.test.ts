// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import { describe, expect, test } from 'vitest'
import { docToHtml } from './doc-to-html'
import { EXTENSIONS } from './extensions'
import { parseRichDoc } from './schema'
import { MARK_TYPES, type RichDoc, type RichMark } from './types'

const markOf = (type: (typeof MARK_TYPES)[number]): RichMark =>
  type === 'link' ? { type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } } : { type }

function editorWith(doc: RichDoc): Editor {
  return new Editor({ extensions: EXTENSIONS, content: doc })
}

const samples: Array<[string, RichDoc]> = [
  ...MARK_TYPES.map((type): [string, RichDoc] => [
    type,
    {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `<${type}> & "'`, marks: [markOf(type)] }] }],
    },
  ]),
  [
    'nested marks, a break and two paragraphs',
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Дружба ', marks: [markOf('link'), { type: 'bold' }] },
            { type: 'text', text: '우정', marks: [markOf('link'), { type: 'bold' }, { type: 'italic' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'x²', marks: [{ type: 'underline' }, { type: 'superscript' }] },
          ],
        },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'H₂O', marks: [{ type: 'subscript' }] }] },
      ],
    },
  ],
]

describe('the editor and the server agree', () => {
  test.each(samples)('%s: getJSON() passes the schema unchanged and getHTML() equals docToHtml', (_, doc) => {
    const editor = editorWith(doc)
    const json = editor.getJSON()
    expect(parseRichDoc(json)).toEqual(parseRichDoc(doc))
    expect(docToHtml(doc)).toBe(editor.getHTML())
    editor.destroy()
  })
})
