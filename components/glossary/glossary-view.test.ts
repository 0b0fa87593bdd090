// @vitest-environment happy-dom
import { act, createElement, type ComponentProps } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import type { GlossaryPageItem } from '@/lib/api/glossary-client'
import { GlossaryView } from './glossary-view'

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: () => undefined }) }))

const PAIR = { srcLang: 'de', tgtLang: 'ru' }
const harness = domHarness()

const term = (n: number) => ({
  id: `t${n}`,
  srcLang: 'de',
  tgtLang: 'ru',
  sourceTerm: `Wort ${n}`,
  targetTerm: `слово ${n}`,
  partOfSpeech: '' as const,
  definition: '',
  note: '',
  forbidden: [],
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
})

// Three pages (150 terms, one shown a page); a page's cursors are the numbers of the pages after and before it.
const pageOf = (n: number): GlossaryPageItem => ({
  total: 150,
  terms: [term(n)],
  next: n < 3 ? String(n + 1) : null,
  previous: n > 1 ? String(n - 1) : null,
})

function render(props: Partial<ComponentProps<typeof GlossaryView>> = {}) {
  return harness.render(
    createElement(GlossaryView, { pairs: [], pair: PAIR, initialPage: pageOf(1), canEdit: true, ...props }),
  )
}

const button = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name)!

/** Enter on the focused element, as a browser does it: a button that is not disabled is clicked. */
function pressEnter() {
  const focused = document.activeElement
  focused?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
  if (focused instanceof HTMLButtonElement && !focused.disabled) focused.click()
}

describe('GlossaryView', () => {
  test('Enter pages on and back from the keyboard: focus stays on the pressed pager button, at either end too', async () => {
    const answers: Array<() => void> = []
    const fetched: string[] = []
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url)
      const query = new URL(url, 'http://localhost').searchParams
      const page = pageOf(Number(query.get('after') ?? query.get('before') ?? 1))
      return new Promise<Response>((resolve) => answers.push(() => resolve(Response.json(page))))
    })
    const container = render()
    const [next, previous] = [button(container, 'Next page'), button(container, 'Previous page')]
    const position = () => container.querySelector('nav[aria-label="Pages"] [aria-live]')!.textContent
    const isOff = (b: HTMLButtonElement) => b.getAttribute('aria-disabled') === 'true'
    const turn = async (from: HTMLButtonElement, expected: { position: string; isEnd: boolean }) => {
      act(() => from.focus())
      act(() => pressEnter())
      // While the page loads, the pressed button keeps the focus (a disabled one would lose it) and does nothing.
      expect(document.activeElement).toBe(from)
      expect(isOff(from)).toBe(true)
      act(() => pressEnter())
      expect(answers).toHaveLength(1)
      await act(async () => answers.shift()!())
      expect(position()).toBe(expected.position)
      // At the first or last page the button stays in place, focused and focusable, marked as not working.
      expect(document.activeElement).toBe(from)
      expect(from.disabled).toBe(false)
      expect(isOff(from)).toBe(expected.isEnd)
    }
    expect(isOff(previous)).toBe(true)
    await turn(next, { position: 'Page 2 of 3', isEnd: false })
    await turn(next, { position: 'Page 3 of 3', isEnd: true })
    // Enter again on the last page's Next: nothing is asked for and nothing moves.
    act(() => pressEnter())
    expect(answers).toHaveLength(0)
    expect(position()).toBe('Page 3 of 3')
    expect(document.activeElement).toBe(next)

    await turn(previous, { position: 'Page 2 of 3', isEnd: false })
    await turn(previous, { position: 'Page 1 of 3', isEnd: true })
    act(() => pressEnter())
    expect(document.activeElement).toBe(previous)
    expect(isOff(next)).toBe(false)
    expect(fetched).toHaveLength(4)
  })

  test('only the latest action says how it went: an import replaces "Term added.", and the next add the import result', async () => {
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      if (url.startsWith('/api/glossary/import'))
        return Promise.resolve(Response.json({ format: 'csv', added: 2, updated: 0, unchanged: 0, skipped: [] }))
      if (init?.method === 'POST') return Promise.resolve(Response.json(term(9), { status: 201 }))
      return Promise.resolve(Response.json(pageOf(1)))
    })
    const container = render()
    const statuses = () =>
      [...container.querySelectorAll('[role=status]')].map((s) => s.textContent?.trim()).filter(Boolean)
    const addTerm = async () => {
      const form = container.querySelector<HTMLFormElement>('form[aria-label="Add a term"]')!
      const [source, target] = [...form.querySelectorAll('input')]
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      act(() => {
        setValue.call(source, 'Wort')
        source!.dispatchEvent(new Event('input', { bubbles: true }))
        setValue.call(target, 'слово')
        target!.dispatchEvent(new Event('input', { bubbles: true }))
      })
      await act(async () => form.requestSubmit())
    }
    await addTerm()
    expect(statuses()).toEqual(['Term added.'])

    const input = container.querySelector<HTMLInputElement>('input[type=file]')!
    Object.defineProperty(input, 'files', { value: [new File(['source,target'], 'terms.csv')] })
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await act(async () => container.querySelector<HTMLFormElement>('form.glossary-import')!.requestSubmit())
    expect(statuses()).toEqual(['Imported: 2 added, 0 updated, 0 unchanged, 0 skipped.'])

    await addTerm()
    expect(statuses()).toEqual(['Term added.'])
  })
})
