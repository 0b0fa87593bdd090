import { describe, expect, test } from 'vitest'
import { realignUnconfirmed } from './realign-unconfirmed'
import type { OpLink } from './types'
import { findCoverageProblem } from './validate-links'

const EN = [
  'The meeting opened at 9 a.m. in Berlin.',
  'Anna Schmidt spoke about the budget of 2024.',
  'Questions followed?',
  'The session closed at noon.',
]
const RU = [
  'Заседание открылось в 9 утра в Берлине.',
  'Анна Шмидт рассказала о бюджете на 2024 год.',
  'Последовали вопросы?',
  'Заседание закрылось в полдень.',
]
const texts = {
  source: new Map(EN.map((text, k) => [`s${k}`, text])),
  target: new Map(RU.map((text, k) => [`t${k}`, text])),
}
const link = (
  id: string,
  sources: string[],
  targets: string[],
  confirmed = false,
  origin: OpLink['origin'] = 'auto',
): OpLink => ({
  id,
  sources,
  targets,
  confidence: null,
  confirmed,
  origin,
})

describe('realignUnconfirmed', () => {
  test('realigns the unconfirmed stretch and leaves confirmed links as anchors', () => {
    const messy = [
      link('A', ['s0'], ['t0'], true),
      link('B', ['s1', 's2'], []),
      link('C', [], ['t1', 't2']),
      link('D', ['s3'], ['t3'], true),
    ]
    let n = 0
    const after = realignUnconfirmed(messy, texts, { sourceLang: 'en', targetLang: 'ru' }, () => `N${n++}`)
    expect(findCoverageProblem(after, ['s0', 's1', 's2', 's3'], ['t0', 't1', 't2', 't3'])).toBeNull()
    expect(after[0]).toBe(messy[0])
    expect(after.at(-1)).toBe(messy[3])
    expect(after.map((l) => `${l.sources.join('+')}:${l.targets.join('+')}`)).toEqual([
      's0:t0',
      's1:t1',
      's2:t2',
      's3:t3',
    ])
    expect(after[1]).toMatchObject({ origin: 'auto', confirmed: false })
    expect(after[1]?.confidence).toBeGreaterThan(0)
  })

  test('a stretch with one empty side becomes 1:0 and 0:1 links without calling the aligner', () => {
    const after = realignUnconfirmed([link('A', ['s0', 's1'], [])], texts, {}, () => 'N')
    expect(after.map((l) => [l.sources, l.targets])).toEqual([
      [['s0'], []],
      [['s1'], []],
    ])
    expect(after[0]?.id).toBe('N')
  })

  test.each([
    ['a link a person changed (manual, unconfirmed)', link('B', ['s1', 's2'], [], false, 'manual'), new Set<string>()],
    ['a link holding sentence pairs a person edited', link('B', ['s1', 's2'], []), new Set(['B'])],
  ])('keeps %s as an anchor', (_, kept, anchors) => {
    const messy = [link('A', ['s0'], ['t0']), kept, link('C', [], ['t1', 't2']), link('D', ['s3'], ['t3'])]
    let n = 0
    const after = realignUnconfirmed(messy, texts, { sourceLang: 'en', targetLang: 'ru' }, () => `N${n++}`, anchors)
    expect(after[1]).toBe(kept)
    expect(findCoverageProblem(after, ['s0', 's1', 's2', 's3'], ['t0', 't1', 't2', 't3'])).toBeNull()
    expect(after.filter((l) => l.sources.includes('s1') || l.sources.includes('s2'))).toEqual([kept])
  })
})

describe('realignUnconfirmed aligns sentences first', () => {
  const en = [...EN, 'Lunch was served in the hall.', 'The next meeting is on 3 May.']
  const ru = [...RU, 'Обед подали в зале.', 'Следующее заседание состоится 3 мая.']
  test('a stretch paragraphed differently on each side becomes the smallest groups no sentence pair crosses', () => {
    // Source paragraphs of 2, 2 and 2 sentences, target paragraphs of 3 and 3: source paragraph b shares
    // a sentence pair with each target paragraph, so the three and the two belong in one link.
    const paragraphs = {
      source: new Map([
        ['a', en.slice(0, 2).join(' ')],
        ['b', en.slice(2, 4).join(' ')],
        ['c', en.slice(4).join(' ')],
      ]),
      target: new Map([
        ['x', ru.slice(0, 3).join(' ')],
        ['y', ru.slice(3).join(' ')],
      ]),
    }
    let next = 0
    const links = realignUnconfirmed(
      [link('l1', ['a', 'b'], ['x']), link('l2', ['c'], ['y'])],
      paragraphs,
      { sourceLang: 'en', targetLang: 'ru' },
      () => `new${next++}`,
    )
    expect(links.map((l) => `${l.sources.join(',')}:${l.targets.join(',')}`)).toEqual(['a,b,c:x,y'])
  })
})
