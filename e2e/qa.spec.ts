import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** A document of its own: a sentence with numbers, then a plain one, with Russian added. */
async function makeDocument(request: APIRequestContext): Promise<string> {
  const created = await request.post('/api/documents', {
    data: {
      title: `QA ${Date.now()} ${Math.random()}`,
      sourceLang: 'en',
      text: 'In 2024 we had 15 cats.\n\nThey were happy.',
    },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  expect((await request.post(`/api/documents/${id}/translations`, { data: { lang: 'ru' } })).status()).toBe(201)
  return id
}

async function storedStatuses(request: APIRequestContext, documentId: string): Promise<string[]> {
  const response = await request.get(`/api/documents/${documentId}/translations/ru`)
  const { rows } = (await response.json()) as { rows: Array<{ targets: Array<{ status: string }> }> }
  return rows.map((row) => row.targets.map((t) => t.status).join(' '))
}

const editor = (page: Page, number: number) => page.getByRole('textbox', { name: `Edit segment ${number}` })
const checks = (page: Page, number: number) =>
  page.getByRole('row', { name: `Segment ${number}`, exact: true }).getByRole('region', { name: 'Checks' })

async function typeInto(page: Page, documentId: string, number: number, text: string) {
  await page.goto(`/documents/${documentId}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: `Edit segment ${number}`, exact: true }).click()
  await expect(editor(page, number)).toBeFocused()
  await page.keyboard.type(text)
}

test('a number typo shows a warning under the segment, and fixing it takes the warning away', async ({
  page,
  request,
}) => {
  const documentId = await makeDocument(request)
  await typeInto(page, documentId, 1, 'В 2042 году у нас было 15 кошек.')
  const panel = checks(page, 1)
  await expect(panel).toContainText('The number 2024 of the source is missing from the target.')
  await expect(panel).toContainText('The number 2042 is not in the source.')
  await expect(panel.getByRole('img', { name: 'Error' }).first()).toBeVisible()

  for (let i = 0; i < ' году у нас было 15 кошек.'.length; i++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('24')
  await expect(editor(page, 1)).toHaveText('В 2024 году у нас было 15 кошек.')
  await expect(panel).toHaveCount(0)
  await page.keyboard.press('Control+Enter')
  await expect(editor(page, 2)).toBeFocused()
  await expect.poll(async () => (await storedStatuses(request, documentId))[0]).toBe('translated')
})

test('confirming a segment with an error asks first: Escape goes back, Ctrl+Enter again confirms', async ({
  page,
  request,
}) => {
  const documentId = await makeDocument(request)
  await typeInto(page, documentId, 1, 'В 2042 году у нас было 15 кошек.')
  await expect(checks(page, 1)).toContainText('The number 2024')
  await page.keyboard.press('Control+Enter')
  const dialog = page.getByRole('alertdialog', { name: 'Confirm with errors?' })
  await expect(dialog).toContainText('The number 2024 of the source is missing from the target.')
  await expect(dialog.getByRole('button', { name: 'Go back and fix' })).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(editor(page, 1)).toBeFocused()
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  expect((await storedStatuses(request, documentId))[0]).toBe('draft')

  await page.keyboard.press('Control+Enter')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toHaveCount(0)
  await expect(editor(page, 2)).toBeFocused()
  await expect.poll(async () => (await storedStatuses(request, documentId))[0]).toBe('translated')
})

test('an ignored error no longer asks, shows its reason, and the report lists it as ignored', async ({
  page,
  request,
}) => {
  const documentId = await makeDocument(request)
  await typeInto(page, documentId, 1, 'В 2042 году у нас было 15 кошек.')
  const panel = checks(page, 1)
  await expect(panel).toContainText('The number 2042 is not in the source.')
  await panel.getByRole('button', { name: 'Ignore' }).first().click()
  const ask = page.getByRole('dialog', { name: 'Ignore this warning' })
  await expect(ask.getByLabel('Why is it fine here?')).toBeFocused()
  await page.keyboard.type('The source has a typo.')
  await page.keyboard.press('Enter')
  await expect(ask).toHaveCount(0)
  await expect(panel).toContainText('Ignored: The source has a typo.')

  await editor(page, 1).click()
  await page.keyboard.press('Control+Enter')
  await expect(editor(page, 2)).toBeFocused()
  await expect(page.getByRole('alertdialog')).toHaveCount(0)

  await page.goto(`/documents/${documentId}/translate/ru/qa`)
  await expect(page.getByRole('heading', { name: /Quality checks/ })).toBeVisible()
  await expect(page.getByText('No findings.')).toBeVisible()
  await page.getByLabel('Show ignored').check()
  await expect(page.getByRole('table')).toContainText('The number 2024 of the source is missing from the target.')
  await expect(page.getByRole('table')).toContainText('Ignored: The source has a typo.')
  await page.getByRole('link', { name: 'Open segment 1' }).first().click()
  await expect(page).toHaveURL(/\/translate\/ru\?segment=/)
})

test('an empty segment shows no warning; confirming it says why it cannot be, and offers only the way back', async ({
  page,
  request,
}) => {
  const documentId = await makeDocument(request)
  await page.goto(`/documents/${documentId}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  await expect(editor(page, 2)).toBeFocused()
  await expect(checks(page, 2)).toHaveCount(0)
  await page.keyboard.press('Control+Enter')
  const dialog = page.getByRole('alertdialog', { name: 'Nothing to confirm' })
  await expect(dialog).toContainText('Segment 2 is empty: type its translation before confirming it.')
  await expect(dialog.getByRole('button')).toHaveText(['Back to the segment'])
  await expect(dialog.getByRole('button', { name: 'Back to the segment' })).toBeFocused()
  // Ctrl+Enter again does not pretend to confirm: it goes back as well.
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toHaveCount(0)
  await expect(editor(page, 2)).toBeFocused()
  expect((await storedStatuses(request, documentId))[1]).toBe('empty')
})

test('a reviewer sees the warnings in review mode', async ({ page, request, signedInAs }) => {
  const documentId = await makeDocument(request)
  await typeInto(page, documentId, 1, 'В 2042 году у нас было 15 кошек.')
  await page.keyboard.press('Control+Enter')
  await page.keyboard.press('Control+Enter')
  await expect.poll(async () => (await storedStatuses(request, documentId))[0]).toBe('translated')
  const reviewer = await signedInAs('reviewer')
  await reviewer.goto(`/documents/${documentId}/translate/ru?mode=review`)
  await expect(reviewer.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await reviewer.getByRole('button', { name: 'Edit segment 1', exact: true }).click()
  await expect(checks(reviewer, 1)).toContainText('The number 2024 of the source is missing from the target.')
})

test('a forbidden glossary variant in the target asks before confirming, as other errors do', async ({
  page,
  request,
}) => {
  const word = `zorblax${Date.now().toString(36)}`
  const term = await request.post('/api/glossary/terms', {
    data: { srcLang: 'en', tgtLang: 'ru', sourceTerm: word, targetTerm: 'зорбакс', forbidden: ['зорблакс'] },
  })
  expect(term.status()).toBe(201)
  const created = await request.post('/api/documents', {
    data: { title: `Terms ${Date.now()}`, sourceLang: 'en', text: `The ${word} is here.\n\nThey were happy.` },
  })
  const { id } = (await created.json()) as { id: string }
  expect((await request.post(`/api/documents/${id}/translations`, { data: { lang: 'ru' } })).status()).toBe(201)
  await typeInto(page, id, 1, 'Зорблакс здесь.')
  await expect(checks(page, 1)).toContainText('зорблакс')
  await page.keyboard.press('Control+Enter')
  const dialog = page.getByRole('alertdialog', { name: 'Confirm with errors?' })
  await expect(dialog).toContainText('зорблакс')
  await page.keyboard.press('Escape')
  await expect(editor(page, 1)).toBeFocused()
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  expect((await storedStatuses(request, id))[0]).toBe('draft')
})
