import { russianWithSplitAndGap } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

// The fixture's article has 15 paragraphs; the Russian text splits paragraph 10 in two and leaves out paragraph 5.
const RUSSIAN = russianWithSplitAndGap()
const row = (page: import('@playwright/test').Page, number: number) =>
  page.getByRole('row', { name: new RegExp(`^Link ${number},`) })
const EXPECTED = Array.from({ length: 15 }, (_, k) => (k === 4 ? '1:0' : k === 9 ? '1:2' : '1:1'))

/** The stored links as the REST API returns them (the view is virtualized, so not every row is in the page). */
async function storedRows(request: import('@playwright/test').APIRequestContext, documentId: string) {
  const response = await request.get(`/api/documents/${documentId}/translations/ru`)
  expect(response.status()).toBe(200)
  return (
    (await response.json()) as { rows: Array<{ type: string; confirmed: boolean; origin: string; targets: unknown[] }> }
  ).rows
}

async function expectSaved(page: import('@playwright/test').Page) {
  await expect(page.getByTestId('align-state')).toHaveAttribute('data-state', 'saved')
}

test('an imported translation shows its 1:2 and 1:0 links, keyboard fixes survive a reload, and so does undo', async ({
  page,
  request,
  document,
}) => {
  await page.goto(`/documents/${document.id}`)
  await page.getByLabel('Language of the translation').fill('ru')
  await page.getByLabel('Paste the translation').fill(RUSSIAN.join('\n\n'))
  await page.getByRole('button', { name: 'Import and align' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Aligned into 15 links' })).toBeFocused()
  // The form is empty again: the same text is not one Enter away from a second import.
  await expect(page.getByLabel('Paste the translation')).toHaveValue('')
  await expect(page.getByLabel('Language of the translation')).toHaveValue('')
  await expect(page.getByRole('button', { name: 'Import and align' })).toBeDisabled()
  await page.getByRole('link', { name: 'Open alignment view' }).last().click()

  await expect(page.getByTestId('link-count')).toHaveText('15 links')
  await expect(row(page, 5)).toHaveAttribute('data-type', '1:0')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:2')
  await expect(row(page, 10)).toContainText('automatic')
  expect((await storedRows(request, document.id)).map((r) => r.type)).toEqual(EXPECTED)

  // N jumps to the next non-1:1 link; Space confirms the omission as real.
  await page.keyboard.press('n')
  await expect(row(page, 5)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press(' ')
  await expect(row(page, 5)).toHaveAttribute('data-state', 'confirmed')
  await expectSaved(page)

  // The 1:2 comes from a paragraph the translator split: Ctrl+J joins its two segments back into one.
  await page.keyboard.press('n')
  await expect(row(page, 10)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Control+j')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:1')
  await expectSaved(page)

  await page.reload()
  await expect(row(page, 5)).toHaveAttribute('data-type', '1:0')
  await expect(row(page, 5)).toHaveAttribute('data-state', 'confirmed')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:1')
  await expect(row(page, 10)).toContainText(`${RUSSIAN[8]} ${RUSSIAN[9]}`)
  const fixed = await storedRows(request, document.id)
  expect(fixed.map((r) => r.type)).toEqual(EXPECTED.map((type, k) => (k === 9 ? '1:1' : type)))
  expect(fixed.map((r) => r.confirmed)).toEqual(EXPECTED.map((_, k) => k === 4))
  await expect(page.getByTestId('quality-panel')).toContainText('aligner right on 1 of 2 checked paragraphs (50%)')

  // The undo stack is stored with the translation, so it survives the reload.
  await page.keyboard.press('Control+z')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:2')
  await expectSaved(page)
  await page.reload()
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:2')
  await expect(row(page, 5)).toHaveAttribute('data-state', 'confirmed')
  await page.keyboard.press('Control+Shift+Z')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:1')
})

test('Backspace, Enter and Ctrl+Backspace move and merge links; a stale version is refused', async ({
  page,
  request,
  document,
}) => {
  const imported = await request.post(`/api/documents/${document.id}/translations`, {
    data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  await page.goto(`/documents/${document.id}/align/ru`)
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:2')
  // One main landmark holds the view, for screen readers' "jump to main".
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('main').getByRole('toolbar').first()).toBeVisible()

  await row(page, 10).click()
  await page.keyboard.press('Enter')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:1')
  await expect(row(page, 11)).toHaveAttribute('data-type', '1:2')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Backspace')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:2')
  await expect(row(page, 11)).toHaveAttribute('data-type', '1:1')

  // Ctrl+Backspace merges the link with the previous one (as in InterText); the cursor stays on the merged link.
  await row(page, 5).click()
  await page.keyboard.press('Control+Backspace')
  await expect(row(page, 4)).toHaveAttribute('data-type', '2:1')
  await expect(row(page, 4)).toHaveAttribute('aria-selected', 'true')
  await expect(row(page, 4)).toContainText('unconfirmed')
  await expect(page.getByTestId('link-count')).toHaveText('14 links')
  await expectSaved(page)

  const stale = await request.post(`/api/documents/${document.id}/translations/ru/links`, {
    data: { op: 'undo', version: 1 },
  })
  expect(stale.status()).toBe(409)
  expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('alignment.conflict')

  await page.reload()
  await expect(row(page, 4)).toHaveAttribute('data-type', '2:1')
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:1')
  await expect(row(page, 9)).toHaveAttribute('data-type', '1:2')
})

test('the review queue steps through uncertain links and confirming one moves on', async ({
  page,
  request,
  document,
}) => {
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  await page.goto(`/documents/${document.id}/align/ru`)
  await expect(page.getByTestId('review-remaining')).toHaveText('15 automatic links left to check')
  await page.getByRole('button', { name: 'Review automatic links' }).click()
  const first = page.getByRole('row', { selected: true })
  const firstNumber = Number(/^Link (\d+),/.exec((await first.getAttribute('aria-label')) ?? '')?.[1])
  await page.keyboard.press(' ')
  await expect(page.getByTestId('review-remaining')).toHaveText('14 automatic links left to check')
  await expect(page.getByRole('row', { selected: true })).toHaveAttribute('data-state', 'auto')
  await expect(page.getByRole('row', { selected: true })).not.toHaveAttribute(
    'aria-label',
    new RegExp(`^Link ${firstNumber},`),
  )
  const stored = await storedRows(request, document.id)
  expect(stored.map((r, k) => (r.confirmed ? k + 1 : null)).filter(Boolean)).toEqual([firstNumber])
})

test('J starts the review at the least confident link, and Escape leaves review mode', async ({
  page,
  request,
  document,
}) => {
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  const response = await request.get(`/api/documents/${document.id}/translations/ru`)
  const rows = ((await response.json()) as { rows: Array<{ confidence: number }> }).rows
  const lowest = rows.map((r, k) => ({ k, c: r.confidence })).sort((a, b) => a.c - b.c || a.k - b.k)[0]!.k + 1
  await page.goto(`/documents/${document.id}/align/ru`)
  await expect(page.getByTestId('link-count')).toHaveText('15 links')
  await page.keyboard.press('j')
  await expect(page.getByRole('row', { selected: true })).toHaveAttribute('aria-label', new RegExp(`^Link ${lowest},`))
  const toggle = page.getByRole('button', { name: 'Stop reviewing' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Review automatic links' })).toHaveAttribute('aria-pressed', 'false')
})

test('the side-by-side editor shows an imported 1:2 link as one row with both target segments', async ({
  page,
  request,
  document,
}) => {
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  await page.goto(`/documents/${document.id}/translate/ru`)
  const split = page.getByRole('row', { name: 'Segment 10', exact: true })
  await expect(split.getByRole('button', { name: 'Edit segment 10' })).toHaveCount(2)
  await expect(split).toContainText(RUSSIAN[9]!)
  await page.getByRole('link', { name: 'Open alignment view' }).click()
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:2')
})

test('a paragraph missing from the imported translation can be given a segment and translated in the editor', async ({
  page,
  request,
  document,
}) => {
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  await page.goto(`/documents/${document.id}/translate/ru`)
  const missing = page.getByRole('row', { name: 'Segment 5', exact: true })
  await expect(missing.getByRole('button', { name: 'Edit segment 5' })).toHaveCount(0)
  await missing.getByRole('button', { name: 'Add a translation of this paragraph' }).click()
  await missing.getByRole('button', { name: 'Edit segment 5' }).click()
  await page.keyboard.type('Перевод пропущенного абзаца')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  await expect(page.getByRole('row', { name: 'Segment 5', exact: true })).toContainText('Перевод пропущенного абзаца')
  expect((await storedRows(request, document.id)).map((r) => r.type)).toEqual(
    EXPECTED.map((type, k) => (k === 4 ? '1:1' : type)),
  )
})

test('importing over a translation with text asks before replacing it', async ({ page, request, document }) => {
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  await page.goto(`/documents/${document.id}`)
  await page.getByLabel('Language of the translation').fill('ru')
  await page.getByLabel('Paste the translation').fill(RUSSIAN.slice(0, 3).join('\n\n'))
  await page.getByRole('button', { name: 'Import and align' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'This document already has a translation into Russian.' }),
  ).toBeVisible()
  await page.getByLabel(/Replace the existing translation/).check()
  await page.getByRole('button', { name: 'Import and align' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Aligned into' })).toBeVisible()
  await page.getByRole('link', { name: 'Open alignment view' }).last().click()
  await expect(page.getByTestId('link-count')).toHaveText(/links/)
  expect((await storedRows(request, document.id)).flatMap((r) => r.targets)).toHaveLength(3)
})

test('Ctrl+Shift+S splits a target segment that holds two paragraphs at a sentence boundary', async ({
  page,
  request,
  document,
}) => {
  const merged = [`${RUSSIAN[0]} ${RUSSIAN[1]}`, ...RUSSIAN.slice(2)]
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: merged.join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  await page.goto(`/documents/${document.id}/align/ru`)
  await expect(row(page, 1)).toHaveAttribute('data-type', '2:1')
  await page.keyboard.press('Control+Shift+S')
  const dialog = page.getByRole('dialog', { name: 'Split a target segment' })
  await dialog.getByRole('radio').first().check()
  await dialog.getByRole('button', { name: 'Split a target segment' }).click()
  await expect(row(page, 1)).toHaveAttribute('data-type', '2:2')
  await expectSaved(page)
  await page.reload()
  await expect(row(page, 1)).toHaveAttribute('data-type', '2:2')
  await page.keyboard.press('s')
  await page.getByRole('dialog', { name: 'Split link' }).getByRole('button', { name: 'Split link' }).click()
  await expect(row(page, 1)).toHaveAttribute('data-type', '1:1')
  await expect(row(page, 2)).toHaveAttribute('data-type', '1:1')
  await expect(row(page, 2)).toContainText(RUSSIAN[1]!)
})

test('an operation on a stale view reloads the current links and says so', async ({ browser, request, document }) => {
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  const url = `/documents/${document.id}/align/ru`
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()])
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  // B hears no live events (a dropped connection): its view stays stale until its next operation.
  await pageB.route('**/events', (route) => route.abort())
  await Promise.all([pageA.goto(url), pageB.goto(url)])
  await row(pageA, 2).click()
  await pageA.keyboard.press('Control+Backspace')
  await expect(row(pageA, 1)).toHaveAttribute('data-type', '2:2')
  await expectSaved(pageA)
  await row(pageB, 3).click()
  await pageB.keyboard.press(' ')
  await expect(pageB.getByRole('alert').filter({ hasText: 'Someone else changed this alignment' })).toBeVisible()
  await expect(row(pageB, 1)).toHaveAttribute('data-type', '2:2')
  await expect(pageB.getByTestId('link-count')).toHaveText('14 links')
  await expect(pageB.locator('[data-state="confirmed"]')).toHaveCount(0)
  await Promise.all([a.close(), b.close()])
})

test('R says what realigning did, even when it changed nothing', async ({ page, request, document }) => {
  const imported = await request.post(`/api/documents/${document.id}/translations`, {
    data: { lang: 'ru', text: RUSSIAN.join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  await page.goto(`/documents/${document.id}/align/ru`)
  await expect(page.getByTestId('link-count')).toHaveText('15 links')
  await page.keyboard.press('r')
  await expect(page.getByTestId('alignment-realigned')).toHaveText(
    'Realigning changed nothing: the unconfirmed links already are the aligner’s best guess.',
  )
  await expectSaved(page)
  expect((await storedRows(request, document.id)).map((r) => r.type)).toEqual(EXPECTED)
})
