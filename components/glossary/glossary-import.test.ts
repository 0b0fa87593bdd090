// @vitest-environment happy-dom
import { act, createElement, type ComponentProps, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { I18nProvider } from '@/lib/i18n/client'
import { CSV_COLUMNS } from '@/lib/glossary/read-glossary-csv'
import type { UiLocale } from '@/lib/i18n/config'
import type { ImportGlossaryResult } from '@/lib/server/glossary/import-glossary'
import { GlossaryImport } from './glossary-import'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const PAIR = { srcLang: 'de', tgtLang: 'ru' }
let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  vi.unstubAllGlobals()
})

function render(element: ReactElement, locale: UiLocale = 'en') {
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  // The children go as createElement's third argument, which its typing does not count as the required prop.
  act(() => root!.render(createElement(I18nProvider, { locale } as ComponentProps<typeof I18nProvider>, element)))
  return container
}

/** Imports a file through the form, the server answering `answer`, and returns the reasons listed. */
async function importAnswered(answer: ImportGlossaryResult, locale: UiLocale = 'en') {
  vi.stubGlobal('fetch', () => Promise.resolve(Response.json(answer)))
  const container = render(createElement(GlossaryImport, { pair: PAIR, onImported: () => undefined }), locale)
  const input = container.querySelector<HTMLInputElement>('input[type=file]')!
  Object.defineProperty(input, 'files', { value: [new File(['x'], `terms.${answer.format}`)] })
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await act(async () => container.querySelector('form')!.requestSubmit())
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  return [...container.querySelectorAll('li')].map((li) => li.textContent)
}

const skipped = (format: 'csv' | 'tbx'): ImportGlossaryResult => ({
  format,
  added: 1,
  updated: 0,
  unchanged: 0,
  skipped: [{ at: 6, reason: 'partOfSpeech', sourceTerm: 'Baum' }],
})

describe('GlossaryImport', () => {
  test("a CSV's skipped entries are named by their row, a TBX's by their entry", async () => {
    expect(await importAnswered(skipped('csv'))).toEqual(['Row 6 “Baum”: unknown part of speech'])
    act(() => root?.unmount())
    expect(await importAnswered(skipped('tbx'))).toEqual(['Entry 6 “Baum”: unknown part of speech'])
  })

  test('a row or entry without a source term is named by its place alone, never with empty quotes', async () => {
    const noTerm = (format: 'csv' | 'tbx'): ImportGlossaryResult => ({
      ...skipped(format),
      skipped: [
        { at: 3, reason: 'emptySource', sourceTerm: '' },
        { at: 4, reason: 'noTerm', sourceTerm: ' ' },
      ],
    })
    const expected = {
      en: { csv: ['Row 3: no source term', 'Row 4: no term'], tbx: ['Entry 3: no source term', 'Entry 4: no term'] },
      ru: { csv: [/^Строка 3: \S/, /^Строка 4: \S/], tbx: [/^Запись 3: \S/, /^Запись 4: \S/] },
      ko: { csv: [/^3행: \S/, /^4행: \S/], tbx: [/^항목 3: \S/, /^항목 4: \S/] },
    } as const
    for (const [locale, byFormat] of Object.entries(expected) as Array<
      [UiLocale, (typeof expected)['en' | 'ru' | 'ko']]
    >)
      for (const format of ['csv', 'tbx'] as const) {
        act(() => root?.unmount())
        const items = await importAnswered(noTerm(format), locale)
        expect(items).toHaveLength(2)
        items.forEach((item, i) => expect(item).toMatch(byFormat[format][i]!))
        for (const item of items) expect(item).not.toMatch(/“\s*”|«\s*»/)
      }
  })

  test('in Russian a CSV row is a «строка»', async () => {
    const [item] = await importAnswered(skipped('csv'), 'ru')
    expect(item).toMatch(/^Строка 6 «Baum»: /)
  })

  test('the file field says what it takes: the CSV columns the reader knows, and TBX', () => {
    for (const locale of ['en', 'ru', 'ko'] as const) {
      act(() => root?.unmount())
      const container = render(createElement(GlossaryImport, { pair: PAIR, onImported: () => undefined }), locale)
      const input = container.querySelector<HTMLInputElement>('input[type=file]')!
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
      const hint = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
      for (const column of CSV_COLUMNS) expect(hint, locale).toMatch(new RegExp(`\\b${column}\\b`))
      expect(hint, locale).toMatch(/\bCSV\b.*\bTSV\b.*\bTBX\b/)
    }
  })
})
