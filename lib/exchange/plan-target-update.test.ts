import { describe, expect, test } from 'vitest'
import type { ImportedUnit } from '@/lib/formats/imported-unit'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { planTargetUpdate, type CurrentLink, type CurrentSegment } from './plan-target-update'

const segment = (id: string, text: string, status: CurrentSegment['status'] = 'translated'): CurrentSegment => ({
  id,
  content: textToDoc(text),
  status,
  version: 3,
})

const unit = (
  source: string,
  target: string | undefined,
  extra: { status?: CurrentSegment['status']; isStatusGuessed?: boolean; positions?: string } = {},
): ImportedUnit => ({
  source: { lang: 'en', content: textToDoc(source), text: source, placeholders: [], properties: {}, comments: [] },
  targets:
    target === undefined
      ? []
      : [
          {
            lang: 'ru',
            content: textToDoc(target),
            text: target,
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
})
