import type { KeyboardEvent } from 'react'

/** What Tab can reach inside a dialog. */
export const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])'

/**
 * Keeps Tab and Shift+Tab inside a dialog: from its last focusable element to its first, and back. From
 * the dialog itself (a click on its text focuses it) or from outside, Tab goes to the first and Shift+Tab
 * to the last. Of a radio group only the checked button counts, as the browser tabs to that one.
 */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement | null, focusable = FOCUSABLE): void {
  if (event.key !== 'Tab' || !dialog) return
  const reachable = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter(
    (el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name !== ''),
  )
  const first = reachable[0]
  const last = reachable[reachable.length - 1]
  const here = document.activeElement
  if (!first || !last) {
    event.preventDefault()
    return dialog.focus()
  }
  const isInside = here !== dialog && here instanceof Node && dialog.contains(here)
  if (!isInside || (event.shiftKey && here === first) || (!event.shiftKey && here === last)) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}
