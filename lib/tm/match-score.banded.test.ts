import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { foldWithOffsets, normalizeText } from './fold-text'
import { prepareText, scoreMatch, scorePrepared, type CellMeter } from './match-score'
import { MAX_CELLS_PER_QUERY, rankMatches } from './rank-matches'
import { tokenizeForMatch, type MatchToken } from './tokenize-match'

// The score as first written: a full table of token pairs, strings compared. The banded, integer
// version must give the same score whenever it reaches the minimum, and a score under it otherwise.
const WEIGHT = { word: 1, number: 1, punct: 0.5 }
function referenceScore(query: string, candidate: string): number {
  const folded = (t: MatchToken) => ({
    ...t,
    lower: t.kind === 'word' ? t.text.toLowerCase() : t.text,
    noMarks: t.kind === 'word' ? foldWithOffsets(t.text, { ignoreDiacritics: true }).text : t.text,
    noMarksLower:
      t.kind === 'word' ? foldWithOffsets(t.text, { ignoreCase: true, ignoreDiacritics: true }).text : t.text,
  })
  const a = tokenizeForMatch(query).map(folded)
  const b = tokenizeForMatch(candidate).map(folded)
  const cost = (x: (typeof a)[number], y: (typeof a)[number]) => {
    if (x.text === y.text) return 0
    if (x.kind !== y.kind) return Math.max(WEIGHT[x.kind], WEIGHT[y.kind])
    if (x.kind === 'number') return 0.3
    if (x.kind === 'punct') return 0.5
    if (x.lower === y.lower) return 0.2
    if (x.noMarks === y.noMarks) return 0.5
    if (x.noMarksLower === y.noMarksLower) return 0.7
    return 1
  }
  let previous = [0]
  for (const y of b) previous.push(previous[previous.length - 1]! + WEIGHT[y.kind])
  for (const x of a) {
    const current = [previous[0]! + WEIGHT[x.kind]]
    b.forEach((y, j) =>
      current.push(
        Math.min(previous[j + 1]! + WEIGHT[x.kind], current[j]! + WEIGHT[y.kind], previous[j]! + cost(x, y)),
      ),
    )
    previous = current
  }
  const distance = previous[b.length]!
  const total = Math.max(...[a, b].map((side) => side.reduce((s, t) => s + WEIGHT[t.kind], 0)))
  let score = total === 0 ? (distance === 0 ? 100 : 0) : Math.floor(100 * (1 - distance / total) + 1e-9)
  if (normalizeText(query) !== normalizeText(candidate)) score = Math.min(score, 99)
  return Math.max(0, score)
}

const token = fc.constantFrom(
  'cat',
  'Cat',
  'café',
  'Cafe',
  'кот',
  'Кот',
  'ёж',
  'еж',
  '12',
  '13',
  '1,000',
  ',',
  '.',
  '!',
  '会',
)
const sentence = fc.array(token, { maxLength: 25 }).map((words) => words.join(' '))

describe('the banded score', () => {
  test('equals the full table’s score when it reaches the minimum, and stays under it otherwise', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.integer({ min: 0, max: 100 }), (query, candidate, minScore) => {
        const expected = referenceScore(query, candidate)
        expect(scoreMatch({ text: query }, { text: candidate })).toBe(expected)
        const vocabulary = new Map<string, number>()
        const banded = scorePrepared(
          prepareText({ text: query }, vocabulary),
          prepareText({ text: candidate }, vocabulary),
          minScore,
        )
        if (expected >= minScore) expect(banded).toBe(expected)
        else expect(banded).toBeLessThan(minScore)
      }),
      { numRuns: 2000 },
    )
  })

  test('a long paragraph against unrelated ones weighs few token pairs', () => {
    // Words of letters only (digits would be number tokens of their own), each a base-13 spelling of a number.
    const word = (k: number, letters: string) => {
      let spelled = ''
      for (let rest = k + 13; rest > 0; rest = Math.floor(rest / 13)) spelled += letters[rest % 13]
      return spelled
    }
    const words = (n: number, seed: number, letters = 'abcdefghijklm') =>
      Array.from({ length: n }, (_, i) => word((i * 7919 + seed) % 997, letters)).join(' ')
    const vocabulary = new Map<string, number>()
    const query = prepareText({ text: words(2000, 1) }, vocabulary)
    const meter: CellMeter = { cells: 0, budget: Infinity }
    const unrelated = words(2000, 1, 'nopqrstuvwxyz')
    expect(scorePrepared(query, prepareText({ text: unrelated }, vocabulary), 70, meter)).toBeLessThan(70)
    expect(meter.cells).toBeLessThan(2000 * 2000)
    const close = prepareText({ text: `zzz ${words(2000, 1).slice(words(2000, 1).indexOf(' ') + 1)}` }, vocabulary)
    const narrow: CellMeter = { cells: 0, budget: Infinity }
    expect(scorePrepared(query, close, 99, narrow)).toBe(99)
    expect(narrow.cells).toBeLessThan(2000 * 100)
  })
})

describe('rankMatches on very long text', () => {
  test('weighs at most its budget of token pairs, and still finds the query’s own text past it', () => {
    const words = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed) % 997}`).join(' ')
    const text = words(3000, 1)
    const at = new Date(0)
    const candidates = [
      ...Array.from({ length: 39 }, (_, k) => ({
        source: words(3000, k + 2),
        prevSource: '',
        nextSource: '',
        updatedAt: at,
      })),
      { source: text, prevSource: '', nextSource: '', updatedAt: at },
    ]
    const meter: CellMeter = { cells: 0, budget: MAX_CELLS_PER_QUERY }
    const ranked = rankMatches({ text }, candidates, { limit: 5, minScore: 50, meter })
    expect(meter.cells).toBeLessThanOrEqual(MAX_CELLS_PER_QUERY)
    expect(ranked[0]).toMatchObject({ score: 100, candidate: { source: text } })
  })
})
