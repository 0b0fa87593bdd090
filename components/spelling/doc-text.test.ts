import { getSchema } from '@tiptap/core'
import { Node as PmNode } from '@tiptap/pm/model'
import { describe, expect, test } from 'vitest'
import { EXTENSIONS } from '@/lib/richtext/extensions'
import { docText } from './doc-text'

const schema = getSchema(EXTENSIONS)
const doc = PmNode.fromJSON(schema, {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hello ' },
        { type: 'text', text: 'wrold', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'naxt' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Thrid' }] },
  ],
})

describe('docText', () => {
  test('joins text, a hard break and blocks with line breaks', () => {
    expect(docText(doc).text).toBe('Hello wrold\nnaxt\nThrid')
  })

  test('maps every word’s offsets back to the document text it came from', () => {
    const { text, positionAt } = docText(doc)
    for (const word of ['wrold', 'naxt', 'Thrid']) {
      const start = text.indexOf(word)
      expect(doc.textBetween(positionAt(start), positionAt(start + word.length))).toBe(word)
    }
  })
})
