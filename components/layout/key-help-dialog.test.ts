// @vitest-environment happy-dom
import { act, createElement, useState } from 'react'
import { describe, expect, test } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import { KeyHelpDialog } from './key-help-dialog'

const { render } = domHarness()

/** A page with a button that opens the help, as the editor's toolbar does. */
function Page() {
  const [isOpen, setOpen] = useState(false)
  return createElement(
    'div',
    null,
    createElement('button', { type: 'button', onClick: () => setOpen(true) }, 'Keys'),
    isOpen
      ? createElement(KeyHelpDialog, {
          title: 'Keyboard shortcuts',
          rows: [{ action: 'next', label: 'Next segment', combos: ['Alt+↓'] }],
          onClose: () => setOpen(false),
        })
      : null,
  )
}

/** What a browser does on a click: the focus goes to the closest focusable element around it, or to the page. */
function clickText(element: Element) {
  const focusable = element.closest<HTMLElement>('button, a[href], input, select, textarea, [tabindex]')
  if (focusable) focusable.focus()
  else (document.activeElement as HTMLElement | null)?.blur()
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }))
  })
}

function press(key: string, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true })
  act(() => {
    ;(document.activeElement ?? document.body).dispatchEvent(event)
  })
  return event
}

function open(container: HTMLElement): HTMLButtonElement {
  const opener = container.querySelector('button')!
  opener.focus()
  act(() => opener.click())
  return opener
}

describe('KeyHelpDialog', () => {
  test('after a click on its text, Escape still closes it and the focus goes back to the opener', () => {
    const container = render(createElement(Page))
    const opener = open(container)
    clickText(container.querySelector('[role=dialog] td')!)
    expect(container.querySelector('[role=dialog]')?.contains(document.activeElement)).toBe(true)
    press('Escape')
    expect(container.querySelector('[role=dialog]')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  test('Tab and Shift+Tab stay inside, from its button and from a click on its text', () => {
    const container = render(createElement(Page))
    open(container)
    const close = container.querySelector<HTMLButtonElement>('[role=dialog] button')!
    expect(document.activeElement).toBe(close)
    expect(press('Tab').defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(close)
    clickText(container.querySelector('[role=dialog] h2')!)
    expect(press('Tab', true).defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(close)
  })
})
