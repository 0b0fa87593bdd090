import { describe, expect, test } from 'vitest'
import { isSameDoc } from './is-same-doc'
import type { RichDoc } from './types'

const doc: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Дружба',
          marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://a.example' } }],
        },
        { type: 'hardBreak' },
        { type: 'text', text: ' 우정' },
      ],
    },
  ],
}

describe('isSameDoc', () => {
  test('keys in another order (as jsonb returns them) are the same doc', () => {
    const reordered = JSON.parse(
      '{"content":[{"content":[{"marks":[{"attrs":{"href":"https://a.example"},"type":"link"},{"type":"bold"}],"text":"Дружба","type":"text"},{"type":"hardBreak"},{"text":" 우정","type":"text"}],"type":"paragraph"}],"type":"doc"}',
    ) as RichDoc
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(doc))
    expect(isSameDoc(reordered, doc)).toBe(true)
  })

  test('other text, another mark or a missing break is a change', () => {
    const [p] = doc.content
    const inline = p!.content!
    expect(isSameDoc(doc, { type: 'doc', content: [{ type: 'paragraph', content: inline.slice(0, 1) }] })).toBe(false)
    expect(
      isSameDoc(doc, {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Дружба 우정' }] }],
      }),
    ).toBe(false)
    expect(isSameDoc({ type: 'doc', content: [{ type: 'paragraph' }] }, { type: 'doc', content: [] })).toBe(true)
  })
})
