import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { align, type AlignmentLink } from './align'
import { parseLinks } from './link-format'
import { scoreAlignment } from './score-alignment'

const PAIRS: Array<[string, string]> = [
  [
    'In 1990 the town had 4,500 inhabitants and two schools.',
    'Im Jahr 1990 hatte die Stadt 4.500 Einwohner und zwei Schulen.',
  ],
  ['The river Aare is 288 kilometres long.', 'Die Aare ist 288 Kilometer lang.'],
  ['Its old bridge was built in 1873 by Karl Etzel.', 'Die alte Brücke wurde 1873 von Karl Etzel gebaut.'],
  [
    'The museum opened in 2004 and attracts many visitors every summer.',
    'Das Museum wurde 2004 eröffnet und zieht jeden Sommer viele Besucher an.',
  ],
  ['Why did the railway arrive so late?', 'Warum kam die Eisenbahn so spät?'],
  ['The station of Lyss was finished in 1864.', 'Der Bahnhof Lyss wurde 1864 fertiggestellt.'],
]
const sources = PAIRS.map((pair) => pair[0])
const targets = PAIRS.map((pair) => pair[1])
const shape = (links: AlignmentLink[]) => links.map((link) => ({ source: link.source, target: link.target }))
const oneToOne = (from: number, to: number, shift = 0) =>
  Array.from({ length: to - from }, (_, k) => ({ source: [from + k], target: [from + k + shift] }))

/** Every segment of both sides exactly once, in order. */
function expectCoverage(links: AlignmentLink[], n: number, m: number) {
  expect(links.flatMap((link) => link.source)).toEqual(Array.from({ length: n }, (_, k) => k))
  expect(links.flatMap((link) => link.target)).toEqual(Array.from({ length: m }, (_, k) => k))
}

function createRandom(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
}

describe('align', () => {
  test('aligns a plain translation 1:1 with high confidence', () => {
    const links = align(sources, targets)
    expect(shape(links)).toEqual(oneToOne(0, 6))
    for (const link of links) expect(link.confidence).toBeGreaterThan(0.9)
  })

  test('leaves an untranslated source sentence as 1:0', () => {
    const extra = 'This paragraph about the local football club was left out of the German edition entirely.'
    const links = align([...sources.slice(0, 3), extra, ...sources.slice(3)], targets)
    expect(shape(links)).toEqual([...oneToOne(0, 3), { source: [3], target: [] }, ...oneToOne(4, 7, -1)])
  })

  test('leaves an added target sentence as 0:1', () => {
    const extra = 'Diese Anmerkung des Übersetzers über die Geschichte des Kantons fehlt im Original.'
    const links = align(sources, [...targets.slice(0, 2), extra, ...targets.slice(2)])
    expect(shape(links)).toEqual([...oneToOne(0, 2), { source: [], target: [2] }, ...oneToOne(2, 6, 1)])
  })

  test('joins two source sentences translated as one (2:1) and the reverse (1:2)', () => {
    const twoToOne = align(
      [...sources.slice(0, 2), 'The old mill burned in 1911.', 'It was rebuilt in 1913.', ...sources.slice(2)],
      [...targets.slice(0, 2), 'Die alte Mühle brannte 1911 ab und wurde 1913 wieder aufgebaut.', ...targets.slice(2)],
    )
    expect(shape(twoToOne)[2]).toEqual({ source: [2, 3], target: [2] })
    const oneToTwo = align(
      [...sources.slice(0, 2), 'The old mill burned in 1911 and was rebuilt in 1913.', ...sources.slice(2)],
      [
        ...targets.slice(0, 2),
        'Die alte Mühle brannte 1911 ab.',
        'Sie wurde 1913 wieder aufgebaut.',
        ...targets.slice(2),
      ],
    )
    expect(shape(oneToTwo)[2]).toEqual({ source: [2], target: [2, 3] })
  })

  test('finds 2:2, 1:3 and 3:1 links', () => {
    const twoTwo = align(
      [
        ...sources.slice(0, 2),
        'The mill burned down in 1911 and again in 1913 (twice!),',
        'then in 1958.',
        ...sources.slice(2),
      ],
      [
        ...targets.slice(0, 2),
        'Die Mühle brannte 1911 ab,',
        'dann 1913 (zweimal!) und noch einmal im Jahr 1958.',
        ...targets.slice(2),
      ],
    )
    expect(shape(twoTwo)[2]).toEqual({ source: [2, 3], target: [2, 3] })
    const oneThree = align(
      [...sources.slice(0, 2), 'The mill burned in 1911, was rebuilt in 1913 and closed in 1958.', ...sources.slice(2)],
      [
        ...targets.slice(0, 2),
        'Die Mühle brannte 1911 ab.',
        'Sie wurde 1913 wieder aufgebaut.',
        'Im Jahr 1958 schloss sie.',
        ...targets.slice(2),
      ],
    )
    expect(shape(oneThree)[2]).toEqual({ source: [2], target: [2, 3, 4] })
    const threeOne = align(
      [
        ...sources.slice(0, 2),
        'The mill burned in 1911.',
        'It was rebuilt in 1913.',
        'It closed in 1958.',
        ...sources.slice(2),
      ],
      [
        ...targets.slice(0, 2),
        'Die Mühle brannte 1911 ab, wurde 1913 wieder aufgebaut und schloss 1958.',
        ...targets.slice(2),
      ],
    )
    expect(shape(threeOne)[2]).toEqual({ source: [2, 3, 4], target: [2] })
  })

  test('aligns Korean with English through numbers, punctuation and transliterated names', () => {
    const links = align(
      ['Seoul had 9,700,000 people in 2020.', 'Where is Busan?', 'The Han river is 494 km long.'],
      ['2020년 서울의 인구는 9,700,000명이었다.', '부산은 어디에 있습니까?', '한강의 길이는 494 km이다.'],
    )
    expect(shape(links)).toEqual(oneToOne(0, 3))
  })

  test('uses glossary pairs as anchors', () => {
    const links = align(['Ein Gletscher.', 'Eine Moräne.'], ['Un glacier.', 'Une moraine.'], {
      glossary: [
        ['Gletscher', 'glacier'],
        ['Moräne', 'moraine'],
      ],
    })
    expect(shape(links)).toEqual(oneToOne(0, 2))
  })

  test('keeps links through confirmed anchors and aligns the rest around them', () => {
    const links = align(sources, targets, {
      anchors: [
        { source: 2, target: 2 },
        { source: 3, target: 3 },
        { source: 3, target: 4 },
      ],
    })
    expectCoverage(links, 6, 6)
    expect(links).toContainEqual({ source: [2], target: [2], confidence: 1 })
    expect(links).toContainEqual({ source: [3], target: [3, 4], confidence: 1 })
    expect(() =>
      align(sources, targets, {
        anchors: [
          { source: 4, target: 1 },
          { source: 1, target: 4 },
        ],
      }),
    ).toThrow(RangeError)
    expect(() => align(sources, targets, { anchors: [{ source: 9, target: 1 }] })).toThrow(RangeError)
  })

  test('handles empty inputs and empty lines', () => {
    expect(align([], [])).toEqual([])
    expect(shape(align(['a'], []))).toEqual([{ source: [0], target: [] }])
    expect(shape(align([], ['a', 'b']))).toEqual([
      { source: [], target: [0] },
      { source: [], target: [1] },
    ])
    expectCoverage(align(['', ...sources, ''], ['', ...targets]), 8, 7)
  })

  test('reports progress from 0 to 1', () => {
    const seen: number[] = []
    align(sources, targets, { onProgress: (fraction) => seen.push(fraction) })
    expect(seen.at(-1)).toBe(1)
    expect([...seen].sort((x, y) => x - y)).toEqual(seen)
  })

  test('covers every segment exactly once, in order, on random inputs', () => {
    const random = createRandom(7)
    const words = ['alpha', 'Berg', '1956', 'glacier', '?', 'Хан', '서울', '山', 'x', '(note)']
    for (let round = 0; round < 40; round++) {
      const make = () =>
        Array.from({ length: Math.floor(random() * 30) }, () =>
          Array.from({ length: Math.floor(random() * 12) }, () => words[Math.floor(random() * words.length)]).join(' '),
        )
      const source = make()
      const target = make()
      const links = align(source, target)
      expectCoverage(links, source.length, target.length)
      for (const link of links) {
        expect(link.source.length + link.target.length).toBeGreaterThan(0)
        expect(link.confidence).toBeGreaterThanOrEqual(0)
        expect(link.confidence).toBeLessThanOrEqual(1)
      }
    }
  })

  test('aligns an easy real document (English-Icelandic) mostly as the gold does', () => {
    const dir = new URL('../../bench/align/data/en-is_parice/s_1/', import.meta.url)
    const lines = (name: string) => readFileSync(new URL(name, dir), 'utf8').replace(/\n$/, '').split('\n')
    const links = align(lines('src.txt'), lines('tgt.txt'))
    expectCoverage(links, lines('src.txt').length, lines('tgt.txt').length)
    expect(scoreAlignment(links, parseLinks(readFileSync(new URL('gold.txt', dir), 'utf8'))).strict.f1).toBeGreaterThan(
      0.9,
    )
  })
})
