import { describe, expect, test } from 'vitest'
import { changedLinkCount } from './changed-links'

const link = (sources: string[], targets: string[]) => ({
  sources: sources.map((id) => ({ id })),
  targets: targets.map((id) => ({ id })),
})

describe('changedLinkCount', () => {
  test('the same links, whatever their order or ids, changed nothing', () => {
    const links = [link(['s1'], ['t1']), link(['s2'], ['t2'])]
    expect(changedLinkCount(links, [...links].reverse())).toBe(0)
  })
  test('a merge counts the one new link; a 1:0 and a 0:1 made of a 1:1 count two', () => {
    const before = [link(['s1'], ['t1']), link(['s2'], ['t2']), link(['s3'], ['t3'])]
    expect(changedLinkCount(before, [link(['s1', 's2'], ['t1', 't2']), link(['s3'], ['t3'])])).toBe(1)
    expect(changedLinkCount(before, [link(['s1'], []), link([], ['t1']), before[1]!, before[2]!])).toBe(2)
  })
  test('a target moved between links changes both', () => {
    const before = [link(['s1'], ['t1', 't2']), link(['s2'], ['t3'])]
    expect(changedLinkCount(before, [link(['s1'], ['t1']), link(['s2'], ['t2', 't3'])])).toBe(2)
  })
})
