// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import type { UiLocale } from '@/lib/i18n/config'
import { ImportTranslationForm } from './import-translation-form'

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }))

const { render, submit } = domHarness()

/** Imports a text into Russian, which the document already has, with "Replace…" left unticked. */
async function importIntoTakenLanguage(locale: UiLocale) {
  vi.stubGlobal('fetch', () =>
    Promise.resolve(
      Response.json({ error: { code: 'translation.exists', lang: 'ru', hasWork: true } }, { status: 409 }),
    ),
  )
  const props = { documentId: 'doc-1', sourceLang: 'en', existingLangs: [] }
  const container = render(createElement(ImportTranslationForm, props), locale)
  const field = (selector: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!
  const type = (selector: string, value: string) =>
    act(() => {
      const element = field(selector)
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')!.set!
      setter.call(element, value)
      element.dispatchEvent(new Event('input', { bubbles: true }))
    })
  type('#import-lang', 'ru')
  type('#import-text', 'Привет.')
  await submit(container)
  return container
}

describe('ImportTranslationForm', () => {
  test('a translation already there: the message says how to replace it, and the focus goes to "Replace…"', async () => {
    const container = await importIntoTakenLanguage('en')
    expect(container.querySelector('[role=alert]')?.textContent).toMatch(
      /already has a translation into .*Russian.*\. To replace it, tick “Replace the existing translation”/,
    )
    const replace = container.querySelector<HTMLInputElement>('input[type=checkbox]')!
    expect(replace.checked).toBe(false)
    expect(document.activeElement).toBe(replace)
  })

  test.each([
    ['ru', /Чтобы заменить его, отметьте «Заменить существующий перевод»/],
    ['ko', /바꾸려면 ‘기존 번역 바꾸기’를 선택하고/],
  ] as const)('in %s too, the message says how to replace it', async (locale, hint) => {
    const container = await importIntoTakenLanguage(locale)
    expect(container.querySelector('[role=alert]')?.textContent).toMatch(hint)
  })
})
