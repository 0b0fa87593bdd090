import { act, createElement, type ComponentProps, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, vi } from 'vitest'
import type { UiLocale } from '@/lib/i18n/config'
import { I18nProvider } from '@/lib/i18n/client'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/**
 * React in happy-dom for a component test: `render` puts an element, in the interface language given,
 * into a fresh container of the page; after each test the root is unmounted, the page emptied and stubbed
 * globals restored. Call it once at the top of a test file.
 */
async function settle(): Promise<void> {
  for (let k = 0; k < 10; k++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)))
}

export function domHarness() {
  let root: Root | undefined
  afterEach(() => {
    act(() => root?.unmount())
    root = undefined
    document.body.replaceChildren()
    vi.unstubAllGlobals()
  })
  return {
    render(element: ReactElement, locale: UiLocale = 'en'): HTMLElement {
      const container = document.createElement('div')
      document.body.append(container)
      root = createRoot(container)
      // The children go as createElement's third argument, which its typing does not count as the required prop.
      const provider = { locale } as ComponentProps<typeof I18nProvider>
      act(() => root!.render(createElement(I18nProvider, provider, element)))
      return container
    },
    /** Lets fetches answered by stubs and the renders they cause run (ten short turns). */
    settle,
    /** Unmounts what `render` put on the page last (a test that renders again in another language). */
    unmount(): void {
      act(() => root?.unmount())
      root = undefined
    },
    /**
     * Submits the container's form with its submit button focused, as a keyboard user does, once the button
     * is enabled, and lets the answer render.
     */
    async submit(container: HTMLElement): Promise<void> {
      const button = container.querySelector<HTMLButtonElement>('button[type=submit]')
      if (!button || button.disabled) throw new Error('No enabled submit button to press')
      button.focus()
      await act(async () => container.querySelector('form')!.requestSubmit(button))
      await settle()
    },
  }
}

/**
 * Stubs `fetch` for a paged list: the first page, or for a URL with `after=` the next one, which waits
 * until `release` is called (so a test sees the list while a page loads). Returns the URLs asked for.
 */
export function servePages(first: unknown, next: unknown): { urls: string[]; release: () => void } {
  const urls: string[] = []
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url)
    if (!url.includes('after=')) return Response.json(first)
    await released
    return Response.json(next)
  })
  return { urls, release: () => release() }
}
