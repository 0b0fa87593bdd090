// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { describe, expect, test, vi } from 'vitest'
import type { Thread, ThreadPage } from '@/lib/api/client'
import type { UiLocale } from '@/lib/i18n/config'
import { domHarness, servePages } from '@/components/test/dom-harness'
import { OpenComments } from './open-comments'

const dom = domHarness()

/** Open thread `i`, on segment `i` (shown as i + 1). */
function thread(i: number): Thread {
  return {
    id: `t${String(i).padStart(3, '0')}`,
    segmentId: `s${i}`,
    parentId: null,
    body: `Комментарий ${i}`,
    category: null,
    severity: null,
    version: 1,
    resolved: false,
    resolvedAt: null,
    resolvedBy: null,
    author: { id: 'u1', name: 'Анна', email: 'a@x' },
    authorName: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    segmentPosition: i,
    replyCount: 0,
  }
}

// 60 open threads: the first page holds 50 of them, the next the last 10.
const ALL = Array.from({ length: 60 }, (_, i) => thread(i))
const FIRST: ThreadPage = { threads: ALL.slice(0, 50), total: 60, next: 'k1' }
const LAST: ThreadPage = { threads: ALL.slice(50), total: 60, next: null }

/** Answers the first page, or the next for `after=k1` once `release` is called. */
const serveThreads = () => servePages(FIRST, LAST)

async function render(locale: UiLocale = 'en') {
  const container = dom.render(createElement(OpenComments, { documentId: 'd1', langs: ['ru'] }), locale)
  await dom.settle()
  return container
}

const bodies = (container: HTMLElement) =>
  [...container.querySelectorAll('.comment-body')].map((p) => Number(p.textContent!.split(' ')[1]))
const moreButton = (container: HTMLElement) => container.querySelector<HTMLButtonElement>('button.open-comments-more')

describe('OpenComments', () => {
  test('shows the first page and the number in all, then the next page from the button', async () => {
    const { urls, release } = serveThreads()
    const container = await render()
    expect(bodies(container)).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(container.textContent).toContain('60 open comments')

    const button = moreButton(container)!
    expect(button.textContent).toBe('Show more')
    button.focus()
    act(() => button.click())
    // While the page loads the button stays, focused, and does nothing.
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(button)
    act(() => button.click())
    release()
    await dom.settle()

    expect(urls).toEqual([
      '/api/documents/d1/translations/ru/comments?open=1',
      '/api/documents/d1/translations/ru/comments?open=1&after=k1',
    ])
    expect(bodies(container)).toEqual(Array.from({ length: 60 }, (_, i) => i))
    expect(moreButton(container)).toBeNull()
    // The button went: the focus goes to the first thread the last page brought.
    expect(document.activeElement?.textContent).toBe('Segment 51')
  })

  test('the button is a plain button in the tab order, labelled in Russian and Korean', async () => {
    const expected = { ru: ['Показать ещё', '60 открытых комментариев'], ko: ['더 보기', '열린 코멘트 60개'] } as const
    for (const [locale, [label, count]] of Object.entries(expected) as Array<[UiLocale, readonly string[]]>) {
      serveThreads()
      const container = await render(locale)
      const button = moreButton(container)!
      expect(button.textContent).toBe(label)
      expect(container.textContent).toContain(count)
      expect(button.type).toBe('button')
      expect(button.tabIndex).toBe(0)
      expect(button.hasAttribute('disabled')).toBe(false)
      dom.unmount()
      vi.unstubAllGlobals()
    }
  })

  test('a language whose open threads fit one page has no button', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ threads: [thread(1)], total: 1, next: null }))
    const container = await render()
    expect(bodies(container)).toEqual([1])
    expect(container.textContent).toContain('1 open comment')
    expect(moreButton(container)).toBeNull()
  })
})
