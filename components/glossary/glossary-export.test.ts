// @vitest-environment happy-dom
import { act, createElement, type ComponentProps } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, test } from 'vitest'
import { I18nProvider } from '@/lib/i18n/client'
import { GlossaryExport } from './glossary-export'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
afterEach(() => act(() => root?.unmount()))

describe('GlossaryExport', () => {
  test('each download link is an item of its own in a list', () => {
    const container = document.createElement('div')
    root = createRoot(container)
    const element = createElement(GlossaryExport, { pair: { srcLang: 'de', tgtLang: 'ru' } })
    // The children go as createElement's third argument, which its typing does not count as the required prop.
    act(() =>
      root!.render(createElement(I18nProvider, { locale: 'en' } as ComponentProps<typeof I18nProvider>, element)),
    )
    const links = [...container.querySelectorAll('ul > li > a')]
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Export CSV', '/api/glossary/export?srcLang=de&tgtLang=ru&format=csv'],
      ['Export TBX', '/api/glossary/export?srcLang=de&tgtLang=ru&format=tbx'],
    ])
  })
})
