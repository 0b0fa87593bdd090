import { expect, test } from './fixtures'

test('the demo article is listed with a progress bar per language', async ({ page }) => {
  await page.goto('/documents')
  const row = page.getByRole('row').filter({ hasText: 'Big landmark in DPRK-Russia friendship' })
  await expect(row).toHaveCount(1)
  await expect(row.getByRole('progressbar')).toHaveCount(2)
  await expect(row.getByRole('progressbar', { name: /Russian/ })).toHaveAttribute('aria-valuenow', /[1-9]/)
})

test('the interface switches to Korean and back, and the choice is remembered', async ({ page }) => {
  await page.goto('/documents')
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ko')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('문서')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await page.getByRole('combobox', { name: '인터페이스 언어' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents')
})

test('an article pasted as Markdown is previewed, created and opened', async ({ page }) => {
  await page.goto('/documents/new')
  await page.getByLabel('Title').fill(`Markdown ${Date.now()}`)
  await page
    .getByLabel('Paste the text')
    .fill('First **bold** paragraph.\n\nSecond paragraph with a [link](https://example.org).')
  await page.getByLabel('Format of the pasted text').selectOption('markdown')
  await page.getByRole('button', { name: 'Preview paragraphs' }).click()
  await expect(page.getByRole('heading', { name: '2 paragraphs will be created' })).toBeVisible()
  await page.getByRole('button', { name: 'Create document' }).click()
  await expect(page.getByRole('heading', { name: 'Source paragraphs' })).toBeVisible()
  await expect(page.locator('ol strong')).toHaveText('bold')
  await page.getByLabel('Add a target language').fill('ar')
  await page.getByRole('button', { name: 'Add language' }).click()
  await expect(page).toHaveURL(/\/translate\/ar$/)
  await expect(page.locator('.wb-row .wb-cell[lang="ar"]').first()).toHaveAttribute('dir', 'rtl')
})

test('an empty upload gets a clear error and creates nothing', async ({ page, request }) => {
  const stamp = Date.now()
  await page.goto('/documents/new')
  await page
    .getByLabel(/Or upload a file/)
    .setInputFiles({ name: `empty-${stamp}.txt`, mimeType: 'text/plain', buffer: Buffer.from('') })
  await page.getByRole('button', { name: 'Create document' }).click()
  await expect(page.locator('.error[role=alert]')).toHaveText('The file or text is empty.')
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: `binary-${stamp}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from([0x50, 0x4b, 0, 1, 2, 3]),
  })
  await page.getByRole('button', { name: 'Create document' }).click()
  await expect(page.locator('.error[role=alert]')).toHaveText('This file is not a text document.')
  const { documents } = (await (await request.get('/api/documents')).json()) as { documents: Array<{ title: string }> }
  expect(documents.filter((d) => d.title.endsWith(String(stamp)))).toEqual([])
})

test('an uploaded Markdown file is titled by its heading, which is not repeated as paragraph 1', async ({ page }) => {
  const heading = `Visit to Pyongyang ${Date.now()}`
  await page.goto('/documents/new')
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: 'art.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(`${heading}\n===\n\nFirst paragraph.\n\nSecond paragraph.`),
  })
  await page.getByRole('button', { name: 'Preview paragraphs' }).click()
  await expect(page.getByRole('heading', { name: '2 paragraphs will be created' })).toBeVisible()
  await expect(page.getByLabel('Title')).toHaveValue(heading)
  await page.getByRole('button', { name: 'Create document' }).click()
  await expect(page.getByRole('heading', { name: 'Source paragraphs' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
  await expect(page.locator('ol li').first()).toHaveText('First paragraph.')
})

test('a language name that is not recognized says so under the field, and what to type', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}`)
  const field = page.getByLabel('Add a target language')
  const alert = page.getByRole('main').getByRole('alert')
  await field.fill('Klingonish')
  await page.getByRole('button', { name: 'Add language' }).click()
  await expect(alert).toHaveText(
    '“Klingonish” is not a language Parallel recognizes. Type a name such as German or a code such as de.',
  )
  await expect(field).toBeFocused()
  await field.fill('German')
  await expect(alert).toHaveCount(0)
  await page.getByRole('button', { name: 'Add language' }).click()
  await expect(page).toHaveURL(/\/translate\/de$/)
})

test('adding a language the document already has is refused by the language’s name', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}`)
  await page.getByLabel('Add a target language').fill('ru')
  await page.getByRole('button', { name: 'Add language' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'This document already has a translation into Russian.',
  )
})

test('the interface language changes with the arrow keys alone, one language a key, Russian included', async ({
  page,
}) => {
  await page.goto('/documents')
  const menu = page.getByRole('combobox', { name: 'Interface language' })
  await menu.focus()
  // English, then Korean, then Russian: each key moves on from the language the last one chose, also
  // when the second comes before the page has switched to the first.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Документы')
  await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Документы')
  await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents')
})

test('a title without spaces wraps: the list, the document and the editor stay as wide as the screen', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const title = `Заголовок${'Заголовок'.repeat(50)}${Date.now()}`
  const created = await request.post('/api/documents', { data: { title, sourceLang: 'en', text: 'One.\n\nTwo.' } })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  expect((await request.post(`/api/documents/${id}/translations`, { data: { lang: 'ru' } })).status()).toBe(201)
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
  for (const path of ['/documents', `/documents/${id}`, `/documents/${id}/translate/ru`]) {
    await page.goto(path)
    await expect(page.getByText(title).first()).toBeVisible()
    expect(await pageWidth(), path).toBeLessThanOrEqual(1366)
  }
  // The editor's heading takes two lines at most; the list's other columns keep their words whole.
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox()
  expect(heading!.height).toBeLessThan(60)
  await page.goto('/documents')
  const source = page.getByRole('columnheader', { name: 'Source' })
  expect(
    await source.evaluate((th) => th.scrollWidth <= th.clientWidth && th.getBoundingClientRect().height < 60),
  ).toBe(true)
})
