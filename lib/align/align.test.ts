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

  test('aligns English with Chinese through numbers, punctuation and character units, with a 2:1 and a 1:0', () => {
    const english = [
      'Zermatt lies at 1,608 metres in the canton of Valais.',
      'The village had 5,800 inhabitants in 2020.',
      'The Matterhorn, 4,478 metres high, rises above it.',
      'Edward Whymper first climbed the Matterhorn on 14 July 1865.',
      'Four of the seven climbers died on the descent.',
      'The railway reached the village in 1891.',
      'It was electrified in 1930.',
      'Cars are still not allowed in the village.',
      'Visitors arrive by train from Täsch, 5 kilometres away.',
      'The Gornergrat railway opened in 1898 and climbs to 3,089 metres.',
      'Many people say the view from there is the best in the Alps.',
      'The Gorner glacier is the second largest in the Alps?',
      'In 1973 it was 14 kilometres long.',
      'Since then it has lost about 1 kilometre.',
      'The village church was built in 1913.',
      'Its cemetery holds the graves of many climbers.',
      'The Matterhorn museum opened in 2006.',
      'It shows how the village looked around 1850.',
      'Skiing began in Zermatt in 1902.',
      'Today there are 360 kilometres of pistes.',
      'The highest lift station stands at 3,883 metres.',
      'In summer, skiers can still use the glacier.',
      'About 2 million nights are spent in the hotels every year.',
      'Most guests come from Switzerland, Germany and the United States.',
      'The village is also known for its old wooden barns.',
      'Some of them are more than 500 years old.',
      'A festival of folk music is held every August.',
      'In 2013 the village celebrated 150 years of tourism.',
    ]
    const chinese = [
      '采尔马特位于瓦莱州，海拔1,608米。',
      '2020年，这个村庄有5,800名居民。',
      '海拔4,478米的马特洪峰耸立在村庄上方。',
      '爱德华·温珀于1865年7月14日首次登上马特洪峰。',
      '七名登山者中有四人在下山途中遇难。',
      '铁路于1891年通到村里，并于1930年实现电气化。',
      '村里至今仍然禁止汽车通行。',
      '游客从5公里外的泰施乘火车到达。',
      '戈尔内格拉特铁路于1898年开通，一直通到海拔3,089米处。',
      '许多人说，那里的景色是阿尔卑斯山最美的。',
      '戈尔内冰川是阿尔卑斯山第二大冰川？',
      '1973年，它长14公里。',
      '从那以后，它缩短了大约1公里。',
      '村里的教堂建于1913年。',
      '教堂墓地里埋葬着许多登山者。',
      '马特洪峰博物馆于2006年开放。',
      '它展示了这个村庄在1850年前后的样子。',
      '1902年，采尔马特开始有人滑雪。',
      '如今这里有360公里长的雪道。',
      '最高的缆车站位于海拔3,883米处。',
      '夏天，滑雪者仍然可以在冰川上滑雪。',
      '酒店每年的住宿量约为2百万晚。',
      '大多数游客来自瑞士、德国和美国。',
      '这里的村庄以古老的木制谷仓而闻名。',
      '每年八月都会举办民间音乐节。',
      '2013年，村里庆祝了旅游业150周年。',
    ]
    const links = align(english, chinese)
    expect(shape(links)).toEqual([
      ...oneToOne(0, 5),
      { source: [5, 6], target: [5] },
      ...oneToOne(7, 25, -1),
      { source: [25], target: [] },
      ...oneToOne(26, 28, -2),
    ])
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
