// @vitest-environment happy-dom
import { act, createElement, useState } from 'react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import { useReview } from './use-review'

const { render, settle } = domHarness()

/** The editor's review toggle, opened without `?mode=review` (a link from the document page, a new visit). */
function Toggle() {
  const review = useReview({
    documentId: 'doc-1',
    lang: 'ru',
    canReview: true,
    initialMode: false,
    rows: [],
    segments: {},
    rowStatus: () => 'translated',
    onUpdated: () => undefined,
  })
  return createElement(
    'button',
    { type: 'button', 'aria-pressed': review.isOn, onClick: () => review.setMode(!review.isOn) },
    'Review',
  )
}

/** The editor and a reload: the reload mounts a fresh toggle over the same browser storage. */
function Page() {
  const [loads, setLoads] = useState(0)
  return createElement(
    'div',
    null,
    createElement('button', { type: 'button', id: 'reload', onClick: () => setLoads((n) => n + 1) }, 'Reload'),
    createElement(Toggle, { key: loads }),
  )
}

const toggle = () => document.querySelector<HTMLButtonElement>('[aria-pressed]')!

async function reload(): Promise<void> {
  // A reload loads the address without ?mode=review when the router had written its old one back.
  window.history.replaceState(null, '', '/documents/doc-1/translate/ru')
  act(() => document.querySelector<HTMLButtonElement>('#reload')!.click())
  await settle()
}

describe('useReview', () => {
  beforeEach(() => {
    window.localStorage.clear()
    window.history.replaceState(null, '', '/documents/doc-1/translate/ru')
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json([])))
  })

  test('review mode turned on stays on after a reload, and off once turned off', async () => {
    render(createElement(Page))
    await settle()
    expect(toggle().getAttribute('aria-pressed')).toBe('false')
    act(() => toggle().click())
    expect(toggle().getAttribute('aria-pressed')).toBe('true')
    await reload()
    expect(toggle().getAttribute('aria-pressed')).toBe('true')
    act(() => toggle().click())
    await reload()
    expect(toggle().getAttribute('aria-pressed')).toBe('false')
  })

  test('turning it on puts ?mode=review in the address without the router’s old state', async () => {
    window.history.replaceState({ __NA: true }, '', '/documents/doc-1/translate/ru')
    render(createElement(Page))
    await settle()
    act(() => toggle().click())
    expect(new URL(window.location.href).searchParams.get('mode')).toBe('review')
    // Given the router's own state back, Next takes the call for its own and writes its old address again later.
    expect((window.history.state as { __NA?: boolean } | null)?.__NA).toBeUndefined()
  })
})
