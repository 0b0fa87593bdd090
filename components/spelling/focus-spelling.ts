import type { Editor } from '@tiptap/react'

/**
 * Moves the focus from the editor to the spelling section: to the first button of the misspelling under
 * the cursor, else of the first misspelling after it, else of the first one. False when there is none.
 */
export function focusSpelling(editor: Editor | null): boolean {
  const items = [...document.querySelectorAll<HTMLElement>('[data-spelling-section] li[data-from]')]
  const at = editor?.state.selection.from ?? 0
  const item =
    items.find((li) => Number(li.dataset.from) <= at && at <= Number(li.dataset.to)) ??
    items.find((li) => Number(li.dataset.from) >= at) ??
    items[0]
  const button = item?.querySelector('button')
  if (!button) return false
  button.focus()
  return true
}
