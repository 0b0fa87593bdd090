import { describe, expect, test } from 'vitest'
import { hasRichDocShape, parseRichDoc, readStoredDoc, RichDocSchema, sanitizeDoc } from './schema'
import type { RichDoc } from './types'

const text = (t: unknown, marks?: unknown) => ({ type: 'text', text: t, ...(marks === undefined ? {} : { marks }) })
const doc = (...inline: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content: inline }] })

/** Documents the schema accepts, refuses, or accepts after dropping fields it does not name. */
const CASES: unknown[] = [
  doc(text('plain')),
  doc(text('bold', [{ type: 'bold' }, { type: 'italic' }])),
  doc(text('link', [{ type: 'link', attrs: { href: 'https://example.org', target: '_blank' } }])),
  doc(text('too long a link', [{ type: 'link', attrs: { href: `https://${'x'.repeat(2048)}` } }])),
  doc(
    text(
      'eleven marks',
      Array.from({ length: 11 }, () => ({ type: 'bold' })),
    ),
  ),
  doc(
    text(
      'ten marks',
      Array.from({ length: 10 }, () => ({ type: 'bold' })),
    ),
  ),
  doc(text('unknown mark', [{ type: 'strike' }])),
  doc(text('link without href', [{ type: 'link' }])),
  doc(text('link with a numeric href', [{ type: 'link', attrs: { href: 1 } }])),
  doc(text('marks as null', null)),
  doc(text('marks as an object', { type: 'bold' })),
  doc(text(5)),
  doc({ type: 'hardBreak', text: 'ignored' }),
  doc({ type: 'image' }),
  doc(null),
  doc([text('in an array')]),
  doc(text('extra field'), { type: 'text', text: 'x', extra: true }),
  { type: 'doc', content: [{ type: 'paragraph' }] },
  { type: 'doc', content: [{ type: 'paragraph', content: null }] },
  { type: 'doc', content: [{ type: 'heading', content: [] }] },
  { type: 'doc', content: [] },
  { type: 'doc', content: {} },
  { type: 'doc' },
  { type: 'document', content: [] },
  [{ type: 'doc', content: [] }],
  null,
  'text',
  42,
]

describe('hasRichDocShape', () => {
  test('accepts nothing RichDocSchema refuses, and reads as the schema and sanitizer do', () => {
    for (const value of CASES) {
      const parsed = RichDocSchema.safeParse(value)
      if (hasRichDocShape(value)) {
        expect(parsed.success, JSON.stringify(value).slice(0, 80)).toBe(true)
        expect(sanitizeDoc(value)).toEqual(parseRichDoc(value))
      }
    }
  })

  test('takes the shapes stored content has, so reading it needs no parse', () => {
    const accepted = CASES.filter((value) => RichDocSchema.safeParse(value).success)
    expect(accepted.filter((value) => !hasRichDocShape(value))).toEqual([])
  })

  test('runs merge when their marks are the same, links only when they go to the same place', () => {
    const link = (href: string) => ({ type: 'link', attrs: { href } })
    const read = readStoredDoc(
      doc(
        text('a', [link('https://a.example'), { type: 'bold' }]),
        text('b', [{ type: 'bold' }, link(' https://a.example ')]),
        text('c', [{ type: 'bold' }, link('https://b.example')]),
        text('d', [{ type: 'italic' }]),
        text('e\tf', [{ type: 'italic' }]),
      ),
    )
    expect(read.content[0]!.content).toEqual([
      { type: 'text', text: 'ab', marks: [link('https://a.example'), { type: 'bold' }] },
      { type: 'text', text: 'c', marks: [link('https://b.example'), { type: 'bold' }] },
      { type: 'text', text: 'de f', marks: [{ type: 'italic' }] },
    ])
  })

  test('stored content that fails the schema still keeps its text', () => {
    expect(readStoredDoc(doc(text('kept'), { type: 'image' }))).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }],
    } satisfies RichDoc)
  })
})
