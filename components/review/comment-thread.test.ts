// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { describe, expect, test, vi } from 'vitest'
import type { Comment, CommentPage } from '@/lib/api/client'
import type { UiLocale } from '@/lib/i18n/config'
import { domHarness, servePages } from '@/components/test/dom-harness'
import { CommentThread } from './comment-thread'

const dom = domHarness()

/** Comment `i` of segment s1, `i` seconds into the day; a reply when `parentId` is given. */
function comment(i: number, parentId: string | null = null): Comment {
  return {
    id: `c${String(i).padStart(3, '0')}`,
    segmentId: 's1',
    parentId,
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
  }
}

// One thread (c000) of 60 comments: the newest page holds the last 50 replies and brings their thread along.
const ALL = [comment(0), ...Array.from({ length: 59 }, (_, i) => comment(i + 1, 'c000'))]
const NEWEST: CommentPage = { comments: ALL.slice(10).reverse(), parents: [ALL[0]!], openThreads: 1, next: 'k1' }
const EARLIER: CommentPage = { comments: ALL.slice(0, 10).reverse(), parents: [], openThreads: 1, next: null }

/** Answers the first page, or the next for `after=k1` once `release` is called. */
const serveComments = () => servePages(NEWEST, EARLIER)

async function render(locale: UiLocale = 'en', onOpenCountChange = vi.fn()) {
  const container = dom.render(
    createElement(CommentThread, { segmentId: 's1', number: 3, canWrite: false, onOpenCountChange }),
    locale,
  )
  await dom.settle()
  return container
}

const bodies = (container: HTMLElement) =>
  [...container.querySelectorAll('.comment-body')].map((p) => Number(p.textContent!.split(' ')[1]))
const earlierButton = (container: HTMLElement) => container.querySelector<HTMLButtonElement>('button.comment-earlier')

describe('CommentThread', () => {
  test('shows the newest page under its thread, then the earlier comments from the button, oldest first', async () => {
    const { urls, release } = serveComments()
    const onOpenCountChange = vi.fn()
    const container = await render('en', onOpenCountChange)
    expect(bodies(container)).toEqual([0, ...Array.from({ length: 50 }, (_, i) => i + 10)])
    expect(onOpenCountChange).toHaveBeenCalledWith('s1', 1)

    const button = earlierButton(container)!
    expect(button.textContent).toBe('Show earlier comments')
    button.focus()
    act(() => button.click())
    // While the page loads the button stays, focused, and does nothing.
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(button)
    act(() => button.click())
    release()
    await dom.settle()

    expect(urls).toEqual(['/api/segments/s1/comments', '/api/segments/s1/comments?after=k1'])
    expect(bodies(container)).toEqual(Array.from({ length: 60 }, (_, i) => i))
    expect(earlierButton(container)).toBeNull()
    expect(document.activeElement).toBe(container.querySelector('h2'))
  })

  test('the button is a plain button in the tab order, labelled in Russian and Korean', async () => {
    const expected = { ru: 'Показать более ранние комментарии', ko: '이전 코멘트 보기' } as const
    for (const [locale, label] of Object.entries(expected) as Array<[UiLocale, string]>) {
      serveComments()
      const button = earlierButton(await render(locale))!
      expect(button.textContent).toBe(label)
      expect(button.type).toBe('button')
      expect(button.tabIndex).toBe(0)
      expect(button.hasAttribute('disabled')).toBe(false)
      dom.unmount()
      vi.unstubAllGlobals()
    }
  })

  test('a segment whose comments fit one page has no button', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ ...EARLIER, comments: [comment(1)] }))
    const container = await render()
    expect(bodies(container)).toEqual([1])
    expect(earlierButton(container)).toBeNull()
  })
})
