// @vitest-environment happy-dom
import { act, createElement, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, test } from 'vitest'
import { useSerialActions } from './use-serial-actions'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

/** A cursor that each action reads and moves on, as the alignment view's Space in the review queue does. */
function mount(maxWaiting?: number) {
  const seen: number[] = []
  let perform: (step: number) => void = () => undefined
  function Cursor() {
    const [cursor, setCursor] = useState(0)
    perform = useSerialActions(async (step: number) => {
      seen.push(cursor)
      await tick()
      setCursor(cursor + step)
    }, maxWaiting)
    return createElement('span', null, cursor)
  }
  const container = document.createElement('div')
  const root = createRoot(container)
  act(() => root.render(createElement(Cursor)))
  return { seen, perform: (step: number) => perform(step), container, root }
}

let unmount: (() => void) | undefined
afterEach(() => {
  act(() => unmount?.())
  unmount = undefined
})

async function settle() {
  for (let k = 0; k < 20; k++) await act(tick)
}

describe('useSerialActions', () => {
  test('actions asked for at once run one after another, each on the state the one before left', async () => {
    const { seen, perform, container, root } = mount()
    unmount = () => root.unmount()
    act(() => {
      perform(1)
      perform(1)
      perform(1)
    })
    await settle()
    // Run straight away each would have read cursor 0 (or the second would have been dropped).
    expect(seen).toEqual([0, 1, 2])
    expect(container.textContent).toBe('3')
  })

  test('at most `maxWaiting` actions wait; more are dropped', async () => {
    const { seen, perform, root } = mount(2)
    unmount = () => root.unmount()
    act(() => {
      for (let k = 0; k < 6; k++) perform(1)
    })
    await settle()
    expect(seen).toEqual([0, 1, 2])
  })
})
