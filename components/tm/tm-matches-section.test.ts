// @vitest-environment happy-dom
import { act, createElement, type ComponentProps } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { AssistContext } from '@/components/assist/assist-context'
import { I18nProvider } from '@/lib/i18n/client'
import ru from '@/lib/i18n/locales/ru.json'
import { TmMatchesSection } from './tm-matches-section'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

const settle = async () => {
  for (let k = 0; k < 10; k++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)))
}

const context: AssistContext = {
  documentId: 'd1',
  sourceLang: 'ru',
  lang: 'en',
  segmentId: 's1',
  sourceText: 'Длинный абзац. '.repeat(100),
  sourceHtml: '',
  previousSourceText: '',
  nextSourceText: '',
  editor: null,
  replaceTarget: () => {},
  insertText: () => {},
}

/** Renders the section in Russian with the server answering `answer`, and waits for the lookup. */
async function render(answer: () => Response) {
  vi.stubGlobal('fetch', () => Promise.resolve(answer()))
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  const provider = { locale: 'ru' } as ComponentProps<typeof I18nProvider>
  act(() => root!.render(createElement(I18nProvider, provider, createElement(TmMatchesSection, { context }))))
  await settle()
  return container
}

describe('TmMatchesSection', () => {
  test('a failed lookup is said in the UI language, not shown as no matches', async () => {
    // What Node answers a request whose headers pass 16 KB: a status and no body.
    const container = await render(() => new Response(null, { status: 431 }))
    const alert = container.querySelector('[role=alert]')
    expect(alert?.textContent).toBe(`${ru.errors.generic} ${ru.tm.matches.failed}`)
  })

  test('a lookup with no matches shows nothing', async () => {
    const container = await render(() => Response.json({ matches: [] }))
    expect(container.innerHTML).toBe('')
  })
})
