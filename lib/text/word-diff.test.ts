import { describe, expect, test } from 'vitest'
import { hasChanges, wordDiff } from './word-diff'

const render = (before: string, after: string) =>
  wordDiff(before, after)
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`))
    .join('')

describe('wordDiff', () => {
  test('marks the changed word, not the whole paragraph', () => {
    expect(render('The quick brown fox.', 'The quick red fox.')).toBe('The quick [-brown-]{+red+} fox.')
  })

  test('works on Cyrillic words', () => {
    expect(render('Он пришёл домой.', 'Он вернулся домой.')).toBe('Он [-пришёл-]{+вернулся+} домой.')
  })

  test('an empty side is one addition or one removal', () => {
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }])
    expect(wordDiff('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }])
    expect(wordDiff('', '')).toEqual([])
  })

  test('the parts rebuild both versions', () => {
    const before = 'One two three, four five six.'
    const after = 'One three, four; five seven six!'
    const parts = wordDiff(before, after)
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before)
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after)
    expect(hasChanges(parts)).toBe(true)
    expect(hasChanges(wordDiff(before, before))).toBe(false)
  })

  test('two entirely different long texts give one removal and one addition, quickly', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `a${i}`).join(' ')
    const after = Array.from({ length: 20_000 }, (_, i) => `b${i}`).join(' ')
    const parts = wordDiff(before, after)
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before)
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after)
  })
})
