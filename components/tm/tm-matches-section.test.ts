// @vitest-environment happy-dom
import { createElement } from 'react'
import { describe, expect, test, vi } from 'vitest'
import type { AssistContext } from '@/components/assist/assist-context'
import { domHarness } from '@/components/test/dom-harness'
import ru from '@/lib/i18n/locales/ru.json'
import { TmMatchesSection } from './tm-matches-section'

const harness = domHarness()

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
  const container = harness.render(createElement(TmMatchesSection, { context }), 'ru')
  await harness.settle()
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
