// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import { useAlignmentKeys } from './use-alignment-keys'

const { render } = domHarness()

function View({ onAction }: { onAction: (action: string) => void }) {
  useAlignmentKeys({ isApple: false, isReviewing: false, onAction, onLeaveReview: () => undefined })
  return createElement('select', { 'aria-label': 'Language' }, createElement('option', { value: 'en' }, 'English'))
}

function press(target: Element, key: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

describe('useAlignmentKeys', () => {
  test('F1 on the interface language menu opens the help; "?" and the arrows stay the menu’s', () => {
    const onAction = vi.fn()
    const container = render(createElement(View, { onAction }))
    const select = container.querySelector('select')!
    press(select, '?')
    press(select, 'ArrowDown')
    expect(onAction).not.toHaveBeenCalled()
    press(select, 'F1')
    expect(onAction).toHaveBeenCalledWith('help')
  })
})
