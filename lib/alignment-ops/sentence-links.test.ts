import { describe, expect, test } from 'vitest'
import { alignSentencesInLinks } from './sentence-links'
import { splitUnits } from './split-units'

describe('splitUnits', () => {
  test('gives each sentence its offsets in the paragraph text', () => {
    const text = 'Mr. Smith came.  He left at 5 p.m. sharp! Why?'
    const [spans] = splitUnits([{ id: 'p', text }], 'en')
    expect(spans?.map((s) => s.text)).toEqual(['Mr. Smith came.', 'He left at 5 p.m. sharp!', 'Why?'])
    for (const span of spans ?? []) expect(text.slice(span.start, span.end)).toBe(span.text)
  })
})

describe('alignSentencesInLinks', () => {
  const sources = [
    { id: 'p0', text: 'The meeting opened at 9 a.m. in Berlin. Anna Schmidt spoke about the 2024 budget.' },
    { id: 'p1', text: 'Nobody asked a question.' },
  ]
  const targets = [
    { id: 'g0', text: 'Заседание открылось в 9 утра в Берлине.' },
    { id: 'g1', text: 'Анна Шмидт рассказала о бюджете на 2024 год.' },
  ]

  test('pairs sentences inside each link and never across links', () => {
    const [first, second] = alignSentencesInLinks(
      sources,
      targets,
      [
        { source: [0], target: [0, 1] },
        { source: [1], target: [] },
      ],
      { sourceLang: 'en', targetLang: 'ru' },
    )
    expect(first?.map((p) => [p.source.map((s) => s.text), p.target.map((s) => s.id)])).toEqual([
      [['The meeting opened at 9 a.m. in Berlin.'], ['g0']],
      [['Anna Schmidt spoke about the 2024 budget.'], ['g1']],
    ])
    expect(second?.map((p) => [p.source.map((s) => s.text), p.target])).toEqual([[['Nobody asked a question.'], []]])
  })

  test('a sentence of a link without counterpart claims no confidence: the aligner decided nothing', () => {
    const [noTarget, noSource] = alignSentencesInLinks(
      sources,
      targets,
      [
        { source: [0, 1], target: [] },
        { source: [], target: [0, 1] },
      ],
      { sourceLang: 'en', targetLang: 'ru' },
    )
    expect(noTarget?.map((p) => [p.source.length, p.target.length, p.confidence])).toEqual([
      [1, 0, null],
      [1, 0, null],
      [1, 0, null],
    ])
    expect(noSource?.map((p) => [p.source.length, p.target.length, p.confidence])).toEqual([
      [0, 1, null],
      [0, 1, null],
    ])
  })

  test('a link between two one-sentence paragraphs is one pair', () => {
    const [only] = alignSentencesInLinks([sources[1]!], [targets[0]!], [{ source: [0], target: [0] }], {
      sourceLang: 'en',
      targetLang: 'ru',
    })
    expect(only).toHaveLength(1)
  })
})
