import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// A phone (found in a new-user round at 390 × 844): the Translations buttons ran over the progress and
// off the screen, the documents table was twice the screen's width, the top bar hid Sign out.
test.use({ viewport: { width: 390, height: 844 } })

const LOCALES = {
  en: {
    lang: 'Russian',
    actions: ['Open editor', 'Pre-translate from memory', 'Open alignment view', 'Delete translation'],
  },
  ru: {
    lang: 'русский',
    actions: ['Открыть редактор', 'Предперевод из памяти', 'Открыть выравнивание', 'Удалить перевод'],
  },
} as const

/** How far the page scrolls sideways, in pixels. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error(`${locator.toString()} is not shown`)
  return box
}

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function expectOnScreen(locator: Locator) {
  const box = await boxOf(locator)
  expect(box.x, locator.toString()).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, locator.toString()).toBeLessThanOrEqual(locator.page().viewportSize()!.width)
}

/** Assigns the demo translator of Russian to the document, so it has a row on the admin's home. */
async function assignRussianTranslator(request: APIRequestContext, documentId: string) {
  const assignable = await request.get(`/api/documents/${documentId}/assignable?lang=ru`)
  const { translator } = (await assignable.json()) as { translator: Array<{ id: string; email: string }> }
  const userId = translator.find((person) => person.email.startsWith('translator.'))!.id
  const assigned = await request.put(`/api/documents/${documentId}/assignments`, {
    data: { lang: 'ru', role: 'translator', userId },
  })
  expect(assigned.status()).toBe(200)
}

for (const [locale, { lang, actions }] of Object.entries(LOCALES)) {
  test(`at 390 px in ${locale}, the document page and the list fit the screen, buttons clear of the progress`, async ({
    page,
    document,
    request,
    baseURL,
  }) => {
    await page.context().addCookies([{ name: 'parallel-locale', value: locale, url: baseURL! }])
    await page.goto(`/documents/${document.id}`)
    const bar = page.getByRole('progressbar', { name: new RegExp(lang) })
    await expect(bar).toBeVisible()
    expect(await sidewaysScroll(page)).toBe(0)

    const topBar = page.getByRole('banner')
    await expectOnScreen(topBar.getByRole('combobox'))
    await expectOnScreen(topBar.getByRole('button'))

    const progress = [
      await boxOf(bar),
      await boxOf(page.locator('.progress-row').filter({ has: bar }).locator('[aria-hidden="true"]')),
    ]
    for (const action of actions) {
      const control = page.getByRole('main').getByLabel(`${action}: ${lang}`, { exact: true })
      await expectOnScreen(control)
      const box = await boxOf(control)
      for (const figure of progress) expect(overlaps(box, figure), `${action} over the progress`).toBe(false)
    }

    await page.goto('/documents')
    const row = page.getByRole('row').filter({ hasText: document.title })
    await expect(row.getByRole('progressbar')).toHaveCount(1)
    expect(await sidewaysScroll(page)).toBe(0)
    await expectOnScreen(row.getByRole('progressbar'))

    // The admin's home lists everyone's assignments; its table was 558 px wide in English, 587 in Russian.
    await assignRussianTranslator(request, document.id)
    await page.goto('/')
    const assigned = page.getByRole('row').filter({ hasText: document.title })
    await expect(assigned.getByRole('progressbar')).toHaveCount(2)
    expect(await sidewaysScroll(page)).toBe(0)
    for (const bar of await assigned.getByRole('progressbar').all()) await expectOnScreen(bar)
  })
}

// A narrow desktop window (a browser round at 800–1099 px): in Russian the one-line top bar ran 53 px past
// an 800 px window with Sign out beyond it, and the assignments' menus made the document page 956 px wide.
for (const width of [800, 1000]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test(`at ${width} px in ru, the top bar's controls are on screen and the assignments fit`, async ({
      page,
      document,
      request,
      baseURL,
    }) => {
      await page.context().addCookies([{ name: 'parallel-locale', value: 'ru', url: baseURL! }])
      await assignRussianTranslator(request, document.id)
      await page.goto(`/documents/${document.id}`)
      const assignments = page.getByRole('combobox', { name: /^(Переводчик|Рецензент): / })
      await expect(assignments).toHaveCount(2)
      expect(await sidewaysScroll(page)).toBe(0)

      const topBar = page.getByRole('banner')
      const nav = ['Моя работа', 'Документы', 'Импорт файла', 'Глоссарий', 'Память', 'Пользователи', 'Учётная запись']
      for (const name of nav) await expectOnScreen(topBar.getByRole('link', { name, exact: true }))
      await expectOnScreen(topBar.getByRole('combobox'))
      await expectOnScreen(topBar.getByRole('button', { name: 'Выйти' }))
      for (const menu of await assignments.all()) await expectOnScreen(menu)

      await page.goto('/')
      const row = page.getByRole('row').filter({ hasText: document.title })
      await expect(row.getByRole('progressbar')).toHaveCount(2)
      expect(await sidewaysScroll(page)).toBe(0)
      await expectOnScreen(topBar.getByRole('button', { name: 'Выйти' }))
      for (const bar of await row.getByRole('progressbar').all()) await expectOnScreen(bar)
    })
  })
}

// Admin pages (a round at 390–1000 px in Russian): the Users table ran 613 px past a phone's screen and 211 px
// past an 800 px window, role menus, language boxes and Delete buttons off screen; the glossary's terms ran
// 623 and 221 px past them, the account's API tokens 272 px past a phone's screen.
for (const width of [390, 800]) {
  test.describe(`admin pages at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test(`at ${width} px in ru, the Users, Glossary and Account pages fit, each row's controls on screen`, async ({
      page,
      request,
      baseURL,
    }) => {
      await page.context().addCookies([{ name: 'parallel-locale', value: 'ru', url: baseURL! }])
      await page.goto('/users')
      const person = page.getByRole('row').filter({ hasText: 'translator.ru@parallel.local' })
      await expect(person.getByRole('combobox', { name: /^Роль: / })).toBeVisible()
      expect(await sidewaysScroll(page)).toBe(0)
      // The role menu and the box that adds a language, then the language's chip, Add language and Delete.
      for (const control of await person.getByRole('combobox').all()) await expectOnScreen(control)
      for (const button of await person.getByRole('button').all()) await expectOnScreen(button)
      await expectOnScreen(page.getByRole('button', { name: 'Добавить', exact: true }))

      // A pair of its own, so the term is on the first page; from 800 px a wide table scrolls in its box.
      const sourceTerm = `internationalization ${test.info().testId} ${Date.now()}`
      const term = await request.post('/api/glossary/terms', {
        data: {
          srcLang: 'fr',
          tgtLang: 'ru',
          sourceTerm,
          targetTerm: 'платформа интернационализации',
          partOfSpeech: 'noun',
          definition: 'Программная библиотека для перевода интерфейсов на многие языки',
          note: 'Используйте всегда в официальных документах',
          forbidden: ['фреймворк локализации'],
        },
      })
      expect(term.status()).toBe(201)
      await page.goto('/glossary?srcLang=fr&tgtLang=ru')
      const row = page.getByRole('row').filter({ hasText: sourceTerm })
      await expect(row.getByRole('button')).toHaveCount(2)
      expect(await sidewaysScroll(page)).toBe(0)
      if (width < 800) for (const button of await row.getByRole('button').all()) await expectOnScreen(button)

      const label = `Интеграция с системой непрерывной доставки ${Date.now()}`
      expect((await request.post('/api/me/tokens', { data: { label } })).status()).toBe(201)
      await page.goto('/account')
      const token = page.getByRole('row').filter({ hasText: label })
      await expect(token.getByRole('button')).toBeVisible()
      expect(await sidewaysScroll(page)).toBe(0)
      await expectOnScreen(token.getByRole('button'))
    })
  })
}
