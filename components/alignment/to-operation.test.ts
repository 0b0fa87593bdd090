import { describe, expect, test } from 'vitest'
import { ALIGNMENT_KEYMAP, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import { AlignmentRequestSchema } from '@/lib/http/alignment-schemas'
import { toOperation } from './to-operation'

const ROW = {
  linkId: 'L1',
  type: '1:2',
  confidence: 0.4,
  confirmed: false,
  origin: 'auto',
  sources: [{ id: 's', html: '' }],
  targets: [
    { id: 't1', html: '', text: '' },
    { id: 't2', html: '', text: '' },
  ],
}
const PREVIOUS = { ...ROW, linkId: 'L0' }
// Handled by the view itself: moving the cursor, opening dialogs, the review queue and sentence pairs.
const VIEW_ONLY: AlignmentAction[] = [
  'previous',
  'next',
  'first',
  'last',
  'split',
  'splitSegment',
  'nextIrregular',
  'nextUnconfirmed',
  'nextUncertain',
  'previousUncertain',
  'sentences',
  'help',
]

describe('toOperation', () => {
  test.each((Object.keys(ALIGNMENT_KEYMAP) as AlignmentAction[]).filter((a) => !VIEW_ONLY.includes(a)))(
    '%s sends a request the server accepts',
    (action) => {
      const operation = toOperation(action, ROW, PREVIOUS)
      expect(operation).not.toBeNull()
      expect(AlignmentRequestSchema.safeParse({ ...operation, version: 1 }).success).toBe(true)
    },
  )

  test('Space toggles: a confirmed link is unconfirmed', () => {
    expect(toOperation('confirm', { ...ROW, confirmed: true })).toEqual({
      op: 'confirm',
      linkId: 'L1',
      confirmed: false,
    })
  })

  test('Ctrl+Backspace merges the link with the previous one, as in InterText; Ctrl+Delete with the next', () => {
    expect(toOperation('merge', ROW, PREVIOUS)).toEqual({ op: 'merge', linkId: 'L0' })
    expect(toOperation('merge', ROW, undefined)).toBeNull()
    expect(toOperation('mergeNext', ROW, PREVIOUS)).toEqual({ op: 'merge', linkId: 'L1' })
  })

  test('navigation sends nothing', () => {
    for (const action of VIEW_ONLY) expect(toOperation(action, ROW)).toBeNull()
  })
})
