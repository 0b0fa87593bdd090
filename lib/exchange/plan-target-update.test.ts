import { describe, expect, test } from 'vitest'
import type { ImportedUnit } from '@/lib/formats/imported-unit'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { RichDoc, RichText } from '@/lib/richtext/types'
import { planTargetUpdate, type CurrentLink, type CurrentSegment } from './plan-target-update'

const segment = (
  id: string,
  text: string | RichDoc,
  status: CurrentSegment['status'] = 'translated',
): CurrentSegment => ({
  id,
  content: typeof text === 'string' ? textToDoc(text) : text,
  status,
  version: 3,
})

const bold = (text: string): RichText => ({ type: 'text', text, marks: [{ type: 'bold' }] })
const plain = (text: string): RichText => ({ type: 'text', text })
const doc = (...paragraphs: RichParagraphContent[]): RichDoc => ({
  type: 'doc',
  content: paragraphs.map((content) => ({ type: 'paragraph', content })),
})
type RichParagraphContent = NonNullable<RichDoc['content'][number]['content']>

const unit = (
  source: string,
  target: string | RichDoc | undefined,
  extra: { status?: CurrentSegment['status']; isStatusGuessed?: boolean; positions?: string; source?: RichDoc } = {},
): ImportedUnit => ({
  source: {
    lang: 'en',
    content: extra.source ?? textToDoc(source),
    text: source,
    placeholders: [],
    properties: {},
    comments: [],
  },
  targets:
    target === undefined
      ? []
      : [
          {
            lang: 'ru',
            content: typeof target === 'string' ? textToDoc(target) : target,
            text: typeof target === 'string' ? target : '',
            placeholders: [],
            properties: {},
            comments: [],
            ...(extra.status ? { status: extra.status } : {}),
            ...(extra.isStatusGuessed ? { isStatusGuessed: true } : {}),
          },
        ],
  properties: extra.positions ? { sourcePositions: extra.positions } : {},
  notes: [],
})

const PARAGRAPHS = ['One.', 'Two.', 'One.']

describe('planTargetUpdate', () => {
  test('a link with two target segments gets the new text in the first and the second emptied', () => {
    const links: CurrentLink[] = [
      { sources: [0, 1], targets: [segment('a', 'Раз.'), segment('b', 'Два.')] },
      { sources: [2], targets: [segment('c', 'Раз.')] },
    ]
    const plan = planTargetUpdate([unit('One. Two.', 'Раз, два.'), unit('One.', 'Раз.')], links, PARAGRAPHS, 'ru')
    expect(plan.changes.map((c) => [c.id, c.text, c.status, c.version])).toEqual([
      ['a', 'Раз, два.', 'draft', 3],
      ['b', '', 'empty', 3],
    ])
    expect([plan.updated, plan.unchanged]).toEqual([1, 1])
  })

  test('repeated source texts match in order, or by the exported positions', () => {
    const links: CurrentLink[] = [
      { sources: [0], targets: [segment('a', 'Раз.')] },
      { sources: [1], targets: [segment('b', 'Два.')] },
      { sources: [2], targets: [segment('c', 'Раз.')] },
    ]
    const plan = planTargetUpdate(
      [unit('One.', 'Один.', { positions: '2' }), unit('One.', 'Первый.')],
      links,
      PARAGRAPHS,
      'ru',
    )
    expect(plan.changes.map((c) => [c.id, c.text])).toEqual([
      ['c', 'Один.'],
      ['a', 'Первый.'],
    ])
  })

  test('a 0:1 link matches a unit without source text; a guessed status does not override the stored one', () => {
    const links: CurrentLink[] = [
      { sources: [0], targets: [segment('a', 'Раз.', 'approved')] },
      { sources: [], targets: [segment('x', 'Вставка.')] },
    ]
    const plan = planTargetUpdate(
      [unit('One.', 'Раз.', { status: 'draft', isStatusGuessed: true }), unit('', 'Вставка!', { status: 'approved' })],
      links,
      PARAGRAPHS,
      'ru',
    )
    expect(plan.changes.map((c) => [c.id, c.text, c.status])).toEqual([['x', 'Вставка!', 'approved']])
    expect([plan.updated, plan.unchanged]).toEqual([1, 1])
  })

  test('a unit that matches no link throws, naming the unit', () => {
    const links: CurrentLink[] = [{ sources: [0], targets: [segment('a', 'Раз.')] }]
    expect(() =>
      planTargetUpdate([unit('One.', 'Раз.'), unit('Nothing.', 'Ничего.')], links, PARAGRAPHS, 'ru'),
    ).toThrow(expect.objectContaining({ reason: 'noMatch', unit: '2', text: 'Nothing.' }))
  })

  describe('a file without formatting', () => {
    const stored = (status: CurrentSegment['status'] = 'translated') => [
      { sources: [0], targets: [segment('a', doc([bold('Раз'), plain('.')]), status)] },
      {
        sources: [1],
        targets: [segment('b', doc([plain('Два,')], [plain('и  '), { type: 'hardBreak' }, bold('ещё.')]), status)],
      },
    ]

    test('keeps the stored formatting of a target whose text is the same, and counts it unchanged', () => {
      const plan = planTargetUpdate(
        [unit('One.', 'Раз.', { status: 'translated' }), unit('Two.', 'Два, и\nещё.', { status: 'translated' })],
        stored(),
        PARAGRAPHS,
        'ru',
      )
      expect(plan).toEqual({ changes: [], updated: 0, unchanged: 2 })
    })

    test('replaces a target whose text changed, and only that one', () => {
      const plan = planTargetUpdate([unit('One.', 'Раз.'), unit('Two.', 'Два, и ещё раз.')], stored(), PARAGRAPHS, 'ru')
      expect(plan.changes.map((c) => [c.id, c.content, c.status])).toEqual([
        ['b', textToDoc('Два, и ещё раз.'), 'draft'],
      ])
      expect([plan.updated, plan.unchanged]).toEqual([1, 1])
    })

    test('a space added or a non-breaking space is a change of text', () => {
      const links: CurrentLink[] = [
        { sources: [0], targets: [segment('a', doc([bold('Раз'), plain('.')]))] },
        { sources: [1], targets: [segment('b', doc([bold('Два'), plain(' !')]))] },
      ]
      const plan = planTargetUpdate([unit('One.', 'Раз .'), unit('Two.', 'Два\u00a0!')], links, PARAGRAPHS, 'ru')
      expect(plan.changes.map((c) => c.id)).toEqual(['a', 'b'])
    })

    test('an explicit new status in the file still applies, and the stored formatting stays', () => {
      const plan = planTargetUpdate([unit('One.', 'Раз.', { status: 'approved' })], stored(), PARAGRAPHS, 'ru')
      expect(plan.changes).toEqual([
        { id: 'a', version: 3, content: doc([bold('Раз'), plain('.')]), text: 'Раз.', status: 'approved' },
      ])
    })
  })

  test('a file with formatting is compared as it is: a target that lost its bold loses it', () => {
    const links: CurrentLink[] = [
      { sources: [0], targets: [segment('a', doc([bold('Раз'), plain('.')]))] },
      { sources: [1], targets: [segment('b', 'Два.')] },
    ]
    const units = [unit('One.', 'Раз.', { source: doc([bold('One'), plain('.')]) }), unit('Two.', 'Два.')]
    const plan = planTargetUpdate(units, links, PARAGRAPHS, 'ru')
    expect(plan.changes.map((c) => [c.id, c.content])).toEqual([['a', textToDoc('Раз.')]])
  })
})
