import { describe, expect, test } from 'vitest'
import type { AlignedLink, TargetSegment } from '../formats/aligned-document'
import { buildUnitTarget } from '../formats/export-unit'
import { emptyDoc } from '../richtext/empty-doc'
import type { SegmentStatus } from './segment-states'
import { computeProgress } from './progress'

const at = new Date(0)
const segment = (id: string, status: SegmentStatus): TargetSegment => ({
  id,
  position: 0,
  content: emptyDoc(),
  text: '',
  status,
  version: 1,
  createdBy: null,
  updatedBy: null,
  createdAt: at,
  updatedAt: at,
})

describe('computeProgress', () => {
  test('a link counts under the same least finished status its export carries', () => {
    const pairs: SegmentStatus[][] = [
      ['empty', 'rejected'],
      ['draft', 'rejected'],
      ['rejected', 'approved'],
      ['empty', 'translated'],
      ['translated', 'approved'],
    ]
    for (const statuses of pairs) {
      const targets = statuses.map((status, i) => segment(`s${i}`, status))
      const link: AlignedLink = { id: 'l', position: 0, source: [], target: targets, confidence: null, confirmed: true }
      const exported = buildUnitTarget('ru', 't', [link]).status
      const progress = computeProgress(
        [{ sourceIds: [], targetIds: targets.map((s) => s.id) }],
        new Map(targets.map((s) => [s.id, s.status])),
        new Map(),
      )
      const counted = Object.entries(progress.byStatus).find(([, tally]) => tally.count === 1)?.[0]
      expect(counted, statuses.join('+')).toBe(exported)
    }
  })
})
