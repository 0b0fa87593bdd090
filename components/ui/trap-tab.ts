import type { KeyboardEvent } from 'react'

/**
 * Keeps Tab and Shift+Tab inside a dialog: from its last enabled button (or element matching
 * `focusable`) to its first, and back.
 */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement | null, focusable = 'button:not([disabled])'): void {
  if (event.key !== 'Tab') return
  const buttons = [...(dialog?.querySelectorAll<HTMLElement>(focusable) ?? [])]
  const first = buttons[0]
  const last = buttons[buttons.length - 1]
  if (!first || !last) return
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}
