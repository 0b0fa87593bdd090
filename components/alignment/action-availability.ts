import type { AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import type { AlignmentView } from '@/lib/server/alignment/alignment-view'

const MOVES: AlignmentAction[] = [
  'previous',
  'next',
  'nextIrregular',
  'nextUnconfirmed',
  'nextUncertain',
  'previousUncertain',
  'sentences',
]

/** True when a toolbar button or shortcut cannot apply now (nothing to undo, no row, a save running). */
export function isActionDisabled(action: AlignmentAction, view: AlignmentView, cursor: number, busy: boolean): boolean {
  const row = view.rows[cursor]
  if (action === 'undo') return busy || !view.canUndo
  if (action === 'redo') return busy || !view.canRedo
  if (action === 'help' || action === 'realign') return busy && action === 'realign'
  if (!row) return true
  if (action === 'merge') return busy || cursor === 0
  if (action === 'mergeNext') return busy || cursor >= view.rows.length - 1
  if (action === 'joinSegments') return busy || row.targets.length < 2
  if (action === 'splitSegment') return busy || row.targets.length === 0
  return busy && !MOVES.includes(action)
}
