import type { AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'

export type ToolbarGroup = {
  id: 'link' | 'target' | 'source' | 'confirm' | 'navigate'
  /** The most used actions, shown as icon buttons. */
  direct: AlignmentAction[]
  /** Every action of the group, in its menu. */
  menu: AlignmentAction[]
}

/** The alignment toolbar: operations grouped by what they change; undo, redo and help stand alone. */
export const TOOLBAR_GROUPS: ToolbarGroup[] = [
  { id: 'link', direct: ['merge', 'split'], menu: ['merge', 'mergeNext', 'split', 'sourceAlone', 'targetAlone'] },
  {
    id: 'target',
    direct: ['moveTargetUp', 'moveTargetDown'],
    menu: ['moveTargetUp', 'moveTargetDown', 'shiftTargetUp', 'shiftTargetDown', 'joinSegments', 'splitSegment'],
  },
  {
    id: 'source',
    direct: ['moveSourceUp', 'moveSourceDown'],
    menu: ['moveSourceUp', 'moveSourceDown', 'shiftSourceUp', 'shiftSourceDown'],
  },
  { id: 'confirm', direct: ['confirm'], menu: ['confirm', 'confirmAbove', 'realign'] },
  {
    id: 'navigate',
    direct: ['nextUncertain'],
    menu: ['nextUncertain', 'previousUncertain', 'nextIrregular', 'nextUnconfirmed', 'sentences'],
  },
]

export const STANDALONE: AlignmentAction[] = ['undo', 'redo', 'help']
