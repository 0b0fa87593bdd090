import { StrokeIcon } from '@/components/ui/stroke-icon'
import type { AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'

// 24×24 stroke paths (drawn for this view, in the style of the common outline icon sets).
const PATHS: Partial<Record<AlignmentAction, string>> = {
  merge: 'M12 20V8M7 13l5-5 5 5M5 4h14',
  mergeNext: 'M12 4v12M7 11l5 5 5-5M5 20h14',
  split: 'M4 9h16M4 15h16M12 3v3M12 18v3',
  moveTargetUp: 'M14 20V6M9 11l5-5 5 5M4 4v16',
  moveTargetDown: 'M14 4v14M9 13l5 5 5-5M4 4v16',
  moveSourceUp: 'M10 20V6M5 11l5-5 5 5M20 4v16',
  moveSourceDown: 'M10 4v14M5 13l5 5 5-5M20 4v16',
  confirm: 'M5 12l5 5 9-10',
  nextUncertain: 'M12 4v14M6 12l6 6 6-6M12 21h.01',
  undo: 'M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-4',
  redo: 'M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h4',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9.5a2.5 2.5 0 0 1 4.9.7c0 1.8-2.4 2.3-2.4 3.8M12 17h.01',
}

/** The icon of a toolbar action, or null when it has none (it then shows only in a menu). */
export function ActionIcon({ action }: { action: AlignmentAction }) {
  const d = PATHS[action]
  if (!d) return null
  return <StrokeIcon d={d} />
}
