import type { AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import type { AlignmentRow } from '@/lib/server/alignment/alignment-view'
import type { Operation } from './use-alignment'

/** The request a toolbar button or shortcut sends for the cursor row (and the one above it), or null when none. */
export function toOperation(
  action: AlignmentAction,
  row: AlignmentRow | undefined,
  previous?: AlignmentRow,
): Operation | null {
  if (action === 'undo' || action === 'redo' || action === 'realign') return { op: action }
  if (!row) return null
  const linkId = row.linkId
  switch (action) {
    case 'merge':
      // With the previous link: the server merges a link with the one after it.
      return previous ? { op: 'merge', linkId: previous.linkId } : null
    case 'mergeNext':
      return { op: 'merge', linkId }
    case 'moveTargetUp':
      return { op: 'move-up', linkId, side: 'target' }
    case 'moveTargetDown':
      return { op: 'move-down', linkId, side: 'target' }
    case 'moveSourceUp':
      return { op: 'move-up', linkId, side: 'source' }
    case 'moveSourceDown':
      return { op: 'move-down', linkId, side: 'source' }
    case 'sourceAlone':
      return { op: 'no-counterpart', linkId, side: 'source' }
    case 'targetAlone':
      return { op: 'no-counterpart', linkId, side: 'target' }
    case 'shiftTargetUp':
      return { op: 'shift', linkId, side: 'target', direction: 'up' }
    case 'shiftTargetDown':
      return { op: 'shift', linkId, side: 'target', direction: 'down' }
    case 'shiftSourceUp':
      return { op: 'shift', linkId, side: 'source', direction: 'up' }
    case 'shiftSourceDown':
      return { op: 'shift', linkId, side: 'source', direction: 'down' }
    case 'joinSegments':
      return { op: 'join-segments', linkId, index: 0 }
    case 'confirm':
      return { op: 'confirm', linkId, confirmed: !row.confirmed }
    case 'confirmAbove':
      return { op: 'confirm-above', linkId }
    default:
      return null
  }
}
