import { describe, expect, test } from 'vitest'
import { docToText } from './doc-to-text'
import { readStoredDoc } from './schema'
import { textToDoc } from './text-to-doc'

describe('textToDoc', () => {
  test('drops control characters, so the plain text stored beside the content is the content’s', () => {
    const doc = textToDoc('A\u0001B\u007fC\u0008D\nE')
    expect(docToText(doc)).toBe('ABCD\nE')
    // What a reader of the stored content (the editor, every export) gets is the same text.
    expect(docToText(readStoredDoc(JSON.parse(JSON.stringify(doc))))).toBe(docToText(doc))
  })

  test('keeps the text, one space for runs of spaces and tabs, and a hard break for each line end', () => {
    expect(textToDoc('  One\t two \r\nthree  ')).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'One two' }, { type: 'hardBreak' }, { type: 'text', text: 'three' }],
        },
      ],
    })
    expect(textToDoc(' \u0001 ')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })
})
