import { describe, expect, test } from 'vitest'
import type { AlignedDocument, AlignedLink, SourceParagraph, TargetSegment } from '@/lib/formats/aligned-document'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { findPlanCoverageProblem } from './import-plan'
import { planDocumentFromJson } from './plan-json-import'

const AT = new Date('2026-01-02T03:04:05Z')
const paragraph = (position: number): SourceParagraph => ({
  id: `p${position}`,
  position,
  content: textToDoc(`P${position}.`),
  text: `P${position}.`,
})
const segment = (position: number, text: string): TargetSegment => ({
  id: `s${position}`,
  position,
  content: textToDoc(text),
  text,
  status: 'draft',
  version: 2,
  createdBy: null,
  updatedBy: 'me',
  createdAt: AT,
  updatedAt: AT,
})
const link = (position: number, source: SourceParagraph[], target: TargetSegment[]): AlignedLink => ({
  id: `l${position}`,
  position,
  source,
  target,
  confidence: 0.9,
  confirmed: false,
})
const documentOf = (links: Record<string, AlignedLink[]>): AlignedDocument => ({
  document: { id: 'd', title: 'T', sourceLang: 'en', createdAt: AT, updatedAt: AT },
  translations: Object.entries(links).map(([lang, l]) => ({ id: lang, lang, createdAt: AT, updatedAt: AT, links: l })),
})

describe('planDocumentFromJson', () => {
  test('a paragraph a translation leaves out gets a 1:1 link to a new empty segment, in order', () => {
    const p = [0, 1, 2, 3].map(paragraph)
    const plan = planDocumentFromJson(
      documentOf({
        ko: [
          link(0, [p[0]!], [segment(0, '영')]),
          link(1, [p[1]!, p[2]!], [segment(1, '일이')]),
          link(2, [p[3]!], [segment(2, '삼')]),
        ],
        ru: [link(0, [p[1]!], [segment(1, 'Один.')]), link(1, [], [segment(2, 'Лишний.')])],
      }),
      'gap.json',
    )
    expect(plan.paragraphs).toHaveLength(4)
    const ru = plan.translations[1]!
    expect(ru.segments.map((s) => [s.position, s.text, s.status])).toEqual([
      [0, '', 'empty'],
      [1, 'Один.', 'draft'],
      [2, 'Лишний.', 'draft'],
      [3, '', 'empty'],
      [4, '', 'empty'],
    ])
    expect(ru.links.map((l) => [l.position, l.sources, l.targets])).toEqual([
      [0, [0], [0]],
      [1, [1], [1]],
      [2, [], [2]],
      [3, [2], [3]],
      [4, [3], [4]],
    ])
    for (const t of plan.translations) expect(findPlanCoverageProblem(t, plan.paragraphs.length)).toBeNull()
  })

  test('a translation with every paragraph keeps its links and segments as they are', () => {
    const p = [0, 1].map(paragraph)
    const plan = planDocumentFromJson(documentOf({ ru: [link(0, [p[0]!, p[1]!], [segment(0, 'Оба.')])] }), 'full.json')
    expect(plan.translations[0]!.links).toMatchObject([
      { position: 0, sources: [0, 1], targets: [0], confidence: 0.9, confirmed: false },
    ])
    expect(plan.translations[0]!.segments).toMatchObject([
      { text: 'Оба.', status: 'draft', version: 2, hasAuthor: true },
    ])
  })

  test('a title that spans lines becomes one line', () => {
    const input = documentOf({ ru: [link(0, [paragraph(0)], [segment(0, 'Один.')])] })
    input.document.title = 'First line\r\nsecond\u0007 line\n'
    expect(planDocumentFromJson(input, 'lines.json').document).toMatchObject({ title: 'First line second line' })
  })
})

describe('findPlanCoverageProblem', () => {
  test('reports a paragraph that no link covers', () => {
    const translation = {
      lang: 'ru',
      segments: [],
      links: [{ position: 0, sources: [0], targets: [], confidence: null, confirmed: true }],
    }
    expect(findPlanCoverageProblem(translation, 2)).toMatch(/source/)
  })
})
