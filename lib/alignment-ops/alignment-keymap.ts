import { isComposing, matchesKey, type KeyLike } from '../workbench/keymap'

/** Every alignment-view shortcut, as data: the key handler, the help dialog and the button tooltips read it (R16). */
export const ALIGNMENT_KEYMAP = {
  previous: ['ArrowUp'],
  next: ['ArrowDown'],
  first: ['Home'],
  last: ['End'],
  /** Merges the cursor's link into the previous one, as InterText's Ctrl+Backspace does. */
  merge: ['Mod+Backspace'],
  mergeNext: ['Mod+Delete'],
  split: ['S'],
  moveTargetUp: ['Backspace'],
  moveTargetDown: ['Enter'],
  moveSourceUp: ['Shift+Backspace'],
  moveSourceDown: ['Shift+Enter'],
  sourceAlone: ['Mod+Enter'],
  targetAlone: ['Mod+Shift+Enter'],
  shiftTargetUp: ['Alt+ArrowUp'],
  shiftTargetDown: ['Alt+ArrowDown'],
  shiftSourceUp: ['Alt+Shift+ArrowUp'],
  shiftSourceDown: ['Alt+Shift+ArrowDown'],
  joinSegments: ['Mod+J'],
  splitSegment: ['Mod+Shift+S'],
  confirm: ['Space'],
  confirmAbove: ['C'],
  realign: ['R'],
  nextIrregular: ['N'],
  nextUnconfirmed: ['U'],
  nextUncertain: ['J'],
  previousUncertain: ['K'],
  sentences: ['E'],
  undo: ['Mod+Z'],
  redo: ['Mod+Shift+Z', 'Mod+Y'],
  help: ['F1', '?'],
} as const

export type AlignmentAction = keyof typeof ALIGNMENT_KEYMAP

const KEY_NAMES: Record<string, string> = { Space: ' ' }

/** True when a keyboard event matches a combo such as `Mod+Shift+Z` (Mod = Ctrl, or ⌘ on Apple). */
export function matchesAlignmentCombo(event: KeyLike, combo: string, isApple = false): boolean {
  const parts = combo.split('+')
  const name = parts.pop() ?? ''
  const key = KEY_NAMES[name] ?? name
  const mods = new Set(parts)
  if (mods.has('Mod') !== (isApple ? event.metaKey : event.ctrlKey)) return false
  if (!isApple && !mods.has('Mod') && event.ctrlKey) return false
  if (mods.has('Alt') !== event.altKey) return false
  // `?` needs Shift on most layouts, so a printable symbol ignores Shift.
  const isSymbol = key.length === 1 && !/[a-z0-9 ]/i.test(key)
  if (!isSymbol && mods.has('Shift') !== event.shiftKey) return false
  return matchesKey(event, key)
}

/** The action a keyboard event triggers in the alignment view, if any. */
export function findAlignmentAction(event: KeyLike, isApple = false): AlignmentAction | null {
  if (isComposing(event)) return null
  for (const [action, combos] of Object.entries(ALIGNMENT_KEYMAP) as Array<[AlignmentAction, readonly string[]]>) {
    if (combos.some((combo) => matchesAlignmentCombo(event, combo, isApple))) return action
  }
  return null
}

/** A combo as people read it: `Ctrl+Backspace`, `⌘+Z`, `Alt+↑`. */
export function formatAlignmentCombo(combo: string, isApple = false): string {
  return combo
    .replace('Mod', isApple ? '⌘' : 'Ctrl')
    .replace('ArrowDown', '↓')
    .replace('ArrowUp', '↑')
}
