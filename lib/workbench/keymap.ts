/** Every workbench shortcut, as data: the key handler, help dialog and tooltips all read this (R16). */
export const KEYMAP = {
  confirmAndNext: ['Mod+Enter'],
  next: ['Mod+ArrowDown', 'Alt+ArrowDown'],
  previous: ['Mod+ArrowUp', 'Alt+ArrowUp'],
  copySource: ['Mod+Shift+C'],
  history: ['Alt+Shift+H'],
  // Enter and Backspace are the same key on every layout, and Ctrl+Alt (AltGr) types letters on some.
  approveAndNext: ['Mod+Shift+Enter'],
  reject: ['Mod+Shift+Backspace'],
  comments: ['Alt+M'],
  spelling: ['Alt+F7'],
  // Handled by the memory panel and the concordance (components/tm), listed here for the help.
  insertMatch: ['Mod+1', 'Mod+2', 'Mod+3', 'Mod+4', 'Mod+5'],
  concordance: ['Mod+K'],
  cancel: ['Escape'],
  help: ['F1'],
  // The glossary section under the active segment handles these (components/glossary/glossary-section.tsx).
  insertTerm: [
    'Mod+Shift+1',
    'Mod+Shift+2',
    'Mod+Shift+3',
    'Mod+Shift+4',
    'Mod+Shift+5',
    'Mod+Shift+6',
    'Mod+Shift+7',
    'Mod+Shift+8',
    'Mod+Shift+9',
  ],
} as const

export type KeyAction = keyof typeof KEYMAP

/** The combo that inserts the glossary term numbered `n` (1–9) under the active segment. */
export function insertTermCombo(n: number): string {
  return KEYMAP.insertTerm[n - 1] ?? ''
}

/** Shortcuts only a reviewer has (the help dialog leaves them out for others). */
export const REVIEW_ACTIONS: readonly KeyAction[] = ['approveAndNext', 'reject']

/** The parts of a keyboard event the keymaps read; `code`, `isComposing` and `keyCode` are optional for tests. */
export type KeyLike = {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  isComposing?: boolean
  keyCode?: number
}

/** True while an IME composes text (Korean, Japanese, Chinese): those keys belong to the input method. */
export function isComposing(event: KeyLike): boolean {
  return event.isComposing === true || event.keyCode === 229
}

/**
 * True when the event is the key named in a combo. A letter or digit matches the character typed
 * (`c` on QWERTY, AZERTY or Dvorak) or, when the layout types something else (Russian `с`, Korean
 * `ㅊ`), the physical key (`KeyC`), so shortcuts work whatever the layout.
 */
export function matchesKey(event: KeyLike, key: string): boolean {
  if (event.key.toLowerCase() === key.toLowerCase()) return true
  if (/^[a-z]$/i.test(key)) return !/^[a-z]$/i.test(event.key) && event.code === `Key${key.toUpperCase()}`
  if (/^[0-9]$/.test(key)) return !/^[0-9]$/.test(event.key) && event.code === `Digit${key}`
  return false
}

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
  return matchesKey(event, key)
}

/** The action a keyboard event triggers, if any. */
export function findAction(event: KeyLike, isApple = false): KeyAction | null {
  if (isComposing(event)) return null
  for (const [action, combos] of Object.entries(KEYMAP) as Array<[KeyAction, readonly string[]]>) {
    if (combos.some((combo) => matchesCombo(event, combo, isApple))) return action
  }
  return null
}

/** A combo as people read it: `Ctrl+Shift+C`, or `⌘+Shift+C` on Apple. */
export function formatCombo(combo: string, isApple = false): string {
  return combo
    .replace('Mod', isApple ? '⌘' : 'Ctrl')
    .replace('ArrowDown', '↓')
    .replace('ArrowUp', '↑')
}
