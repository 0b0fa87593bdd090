/** Every workbench shortcut, as data: the key handler, help dialog and tooltips all read this (R16). */
export const KEYMAP = {
  confirmAndNext: ['Mod+Enter'],
  next: ['Mod+ArrowDown', 'Alt+ArrowDown'],
  previous: ['Mod+ArrowUp', 'Alt+ArrowUp'],
  copySource: ['Mod+Shift+C'],
  cancel: ['Escape'],
  help: ['F1'],
} as const

export type KeyAction = keyof typeof KEYMAP

type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }

/** True when a keyboard event matches a combo such as `Mod+Shift+C` (Mod = Ctrl, or ⌘ on Apple). */
export function matchesCombo(event: KeyLike, combo: string, isApple = false): boolean {
  const parts = combo.split('+')
  const key = parts.pop() ?? ''
  const mods = new Set(parts)
  const mod = isApple ? event.metaKey : event.ctrlKey
  const wantsMod = mods.has('Mod')
  if (wantsMod !== mod) return false
  if (!isApple && !wantsMod && event.ctrlKey) return false
  if (mods.has('Alt') !== event.altKey || mods.has('Shift') !== event.shiftKey) return false
  return event.key.toLowerCase() === key.toLowerCase()
}

/** The action a keyboard event triggers, if any. */
export function findAction(event: KeyLike, isApple = false): KeyAction | null {
  for (const [action, combos] of Object.entries(KEYMAP) as Array<[KeyAction, readonly string[]]>) {
    if (combos.some((combo) => matchesCombo(event, combo, isApple))) return action
  }
  return null
}

/** A combo as people read it: `Ctrl+Shift+C`, or `⌘+Shift+C` on Apple. */
export function formatCombo(combo: string, isApple = false): string {
  return combo.replace('Mod', isApple ? '⌘' : 'Ctrl').replace('ArrowDown', '↓').replace('ArrowUp', '↑')
}
