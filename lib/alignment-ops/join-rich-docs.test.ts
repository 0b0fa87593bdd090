import { describe, expect, test } from 'vitest'
import { docToHtml } from '../richtext/doc-to-html'
import type { RichDoc } from '../richtext/types'
import { joinRichDocs } from './join-rich-docs'

const first: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Дружба', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' важна.' },
      ],
    },
  ],
}
const second: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'См. ', marks: [{ type: 'italic' }] },
        { type: 'text', text: 'статью', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
      ],
    },
  ],
}

describe('joinRichDocs', () => {
  test('keeps bold, italic and links of both segments, with one space between them', () => {
    expect(docToHtml(joinRichDocs(first, second))).toBe(
      '<p><strong>Дружба</strong> важна. <em>См. </em><a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org">статью</a></p>',
    )
  })

  test('an empty segment joins to the other unchanged', () => {
    const empty: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] }
    expect(joinRichDocs(empty, second)).toEqual(second)
    expect(joinRichDocs(first, empty)).toEqual(first)
  })
})
