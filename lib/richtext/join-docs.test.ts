import { describe, expect, test } from 'vitest'
import { docToHtml } from './doc-to-html'
import { joinDocs, joinInline } from './join-docs'
import type { RichDoc } from './types'

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

describe('joinInline', () => {
  test('keeps bold, italic and links of both segments, with one space between them', () => {
    expect(docToHtml(joinInline([first, second]))).toBe(
      '<p><strong>Дружба</strong> важна. <em>См. </em><a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org">статью</a></p>',
    )
  })

  test('an empty segment joins to the other unchanged', () => {
    const empty: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] }
    expect(joinInline([empty, second])).toEqual(second)
    expect(joinInline([first, empty])).toEqual(first)
  })

  test('a segment of only spaces or only a hard break counts as empty and is skipped', () => {
    const spaces: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '   ' }] }] }
    const lineBreak: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }] }
    expect(joinInline([spaces, second, lineBreak])).toEqual(second)
    expect(joinDocs([spaces, first, lineBreak])).toEqual(first)
  })

  test('paragraphs inside a joined doc become hard breaks, and three docs get a space between each', () => {
    const two: RichDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
      ],
    }
    expect(docToHtml(joinInline([two, second, two]))).toBe(
      '<p>a<br>b <em>См. </em><a target="_blank" rel="noopener noreferrer nofollow" href="https://example.org">статью</a> a<br>b</p>',
    )
  })
})

describe('joinDocs', () => {
  test('keeps the paragraphs of each doc and skips empty docs', () => {
    const empty: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] }
    expect(joinDocs([first, empty, second]).content).toEqual([...first.content, ...second.content])
    expect(joinDocs([empty, empty])).toEqual(empty)
  })
})
