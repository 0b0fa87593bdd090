// @vitest-environment happy-dom
import { act, createElement, createRef, type RefObject } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import { usePageKeys } from './use-page-keys'

const { render } = domHarness()

/** The top bar with the interface language menu, and the editor beside it. */
function Page({ editor, onKey }: { editor: RefObject<HTMLElement | null>; onKey: (event: KeyboardEvent) => void }) {
  usePageKeys(editor, onKey)
  return createElement(
    'div',
    null,
    createElement(
      'header',
      null,
      createElement('select', { 'aria-label': 'Language' }, createElement('option', { value: 'en' }, 'English')),
    ),
    createElement('main', { ref: editor }, createElement('button', { type: 'button' }, 'Segment')),
  )
}

function press(target: Element, key: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

describe('usePageKeys', () => {
  test('F1 on the interface language menu reaches the editor; the menu keeps its other keys', () => {
    const onKey = vi.fn()
    const container = render(createElement(Page, { editor: createRef<HTMLElement>(), onKey }))
    const select = container.querySelector('select')!
    press(select, 'ArrowDown')
    press(select, 'Escape')
    expect(onKey).not.toHaveBeenCalled()
    press(select, 'F1')
    expect(onKey).toHaveBeenCalledTimes(1)
    expect(onKey.mock.calls[0]?.[0]).toMatchObject({ key: 'F1' })
  })

  test('on the page body every key reaches the editor; inside the editor none come twice', () => {
    const onKey = vi.fn()
    const container = render(createElement(Page, { editor: createRef<HTMLElement>(), onKey }))
    press(document.body, 'ArrowDown')
    expect(onKey).toHaveBeenCalledTimes(1)
    press(container.querySelector('main button')!, 'F1')
    expect(onKey).toHaveBeenCalledTimes(1)
  })
})
