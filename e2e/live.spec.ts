import { russianWithSplitAndGap } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

type Page = import('@playwright/test').Page

const segmentRow = (page: Page, number: number) => page.getByRole('row', { name: `Segment ${number}`, exact: true })

/** Opens the editor at `url` in two browsers at once and waits until both are interactive. */
async function openTogether(url: string, ...pages: Page[]) {
  await Promise.all(pages.map((p) => p.goto(url)))
  for (const p of pages) await expect(p.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
}

test('an edit in one browser appears in another without a reload; who has a segment open shows, and taking it over asks first', async ({
  page,
  signedInAs,
  document,
}) => {
  // Two browsers on a two-core machine: more than the default minute.
  test.setTimeout(120_000)
  const tanya = await signedInAs('translator')
  await openTogether(`/documents/${document.id}/translate/ru`, page, tanya)

  await segmentRow(tanya, 2).getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  await expect(tanya.getByRole('textbox', { name: 'Edit segment 2' })).toBeFocused()
  // The admin's page shows who has segment 2 open, without a reload.
  await expect(segmentRow(page, 2).getByTestId('open-for')).toHaveText('Open for Tanya Translator')

  const saved = tanya.waitForResponse(
    (r) => r.url().includes('/api/segments/') && r.request().method() === 'PATCH' && r.ok(),
  )
  await tanya.keyboard.type('Живая правка Тани')
  await saved
  await expect(segmentRow(page, 2)).toContainText('Живая правка Тани')

  // Opening a segment someone else has open asks first; Cancel leaves it alone.
  await segmentRow(page, 2).getByRole('button', { name: 'Edit segment 2 (open for Tanya Translator)' }).click()
  const takeover = page.getByRole('alertdialog', { name: 'Segment 2 is open for Tanya Translator' })
  await expect(takeover).toBeVisible()
  await takeover.getByRole('button', { name: 'Cancel' }).click()
  await expect(takeover).toBeHidden()
  await expect(page.getByRole('textbox', { name: 'Edit segment 2' })).toHaveCount(0)
  // Its comments open without asking (they leave the text alone), and nothing else opens with them.
  await segmentRow(page, 2).getByRole('button', { name: 'Comments', exact: true }).click()
  const thread = page.getByRole('region', { name: 'Comments on segment 2' })
  await expect(thread).toBeVisible()
  await expect(takeover).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(thread).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Edit segment 2' })).toHaveCount(0)
  await segmentRow(page, 2).getByRole('button', { name: 'Edit segment 2 (open for Tanya Translator)' }).click()
  await takeover.getByRole('button', { name: 'Take over' }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await expect(editor).toBeFocused()
  await expect(editor).toHaveText('Живая правка Тани')

  // Tanya leaves the segment: her name goes from the admin's row; the admin's now shows on hers.
  await tanya.keyboard.press('Escape')
  await expect(segmentRow(tanya, 2).getByTestId('open-for')).toHaveText('Open for Ada Admin')
  // Her presence ends with her page (the events stream closes).
  await segmentRow(tanya, 4).getByRole('button', { name: 'Edit segment 4', exact: true }).click()
  await expect(segmentRow(page, 4).getByTestId('open-for')).toHaveText('Open for Tanya Translator')
  await tanya.close()
  await expect(segmentRow(page, 4).getByTestId('open-for')).toHaveCount(0)
})

test("another person's alignment operation refreshes the alignment view, and the next operation starts from it", async ({
  browser,
  request,
  document,
}) => {
  expect(
    (
      await request.post(`/api/documents/${document.id}/translations`, {
        data: { lang: 'ru', text: russianWithSplitAndGap().join('\n\n') },
      })
    ).status(),
  ).toBe(201)
  const row = (page: import('@playwright/test').Page, number: number) =>
    page.getByRole('row', { name: new RegExp(`^Link ${number},`) })
  const url = `/documents/${document.id}/align/ru`
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()])
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  await Promise.all([pageA.goto(url), pageB.goto(url)])
  await expect(pageB.getByTestId('link-count')).toHaveText('15 links')
  await row(pageA, 2).click()
  await pageA.keyboard.press('Control+Backspace')
  await expect(row(pageA, 1)).toHaveAttribute('data-type', '2:2')
  // B did nothing: the join arrives by itself.
  await expect(pageB.getByTestId('alignment-live')).toHaveText(
    'Ada Admin changed this alignment; the view shows their change.',
  )
  await expect(row(pageB, 1)).toHaveAttribute('data-type', '2:2')
  await expect(pageB.getByTestId('link-count')).toHaveText('14 links')
  await row(pageB, 3).click()
  await pageB.keyboard.press(' ')
  await expect(pageB.locator('[data-state="confirmed"]')).toHaveCount(1)
  await expect(pageB.getByRole('alert').filter({ hasText: 'Someone else changed' })).toHaveCount(0)
  await Promise.all([a.close(), b.close()])
})

test("one's own save, announced on the events stream before its answer arrives, is not taken for someone else's", async ({
  page,
  request,
  document,
}) => {
  // Segment 1 waits for review (translated through the API), so the admin can reject it in review mode.
  const translation = (await (await request.get(`/api/documents/${document.id}/translations/ru`)).json()) as {
    rows: Array<{ targets: Array<{ id: string; version: number }> }>
  }
  const target = translation.rows[0]!.targets[0]!
  const translated = await request.patch(`/api/segments/${target.id}`, {
    data: { html: '<p>Дружба народов.</p>', status: 'translated', version: target.version },
  })
  expect(translated.status()).toBe(200)
  const { version } = (await translated.json()) as { version: number }

  // The page notes every segment event its stream hears (beside the app's own listener).
  await page.addInitScript(() => {
    const heard: Array<{ id: string; version: number }> = []
    Object.assign(window, { heardSegments: heard })
    const Original = window.EventSource
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init)
        this.addEventListener('segment', (event) => heard.push(JSON.parse((event as MessageEvent<string>).data)))
      }
    }
  })
  // The rejection's answer is held back until the page has heard its event: the order a busy server may give.
  await page.route(`**/api/segments/${target.id}`, async (route) => {
    const response = await route.fetch()
    await page.waitForFunction(
      ([id, v]) =>
        (window as unknown as { heardSegments: Array<{ id: string; version: number }> }).heardSegments.some(
          (e) => e.id === id && e.version === v,
        ),
      [target.id, version + 1] as const,
    )
    await route.fulfill({ response })
  })

  await page.goto(`/documents/${document.id}/translate/ru?mode=review`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await segmentRow(page, 1).getByRole('button', { name: 'Edit segment 1', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Edit segment 1' })).toBeFocused()
  await page.keyboard.press('Control+Shift+Backspace')
  const dialog = page.getByRole('dialog', { name: 'Reject segment 1' })
  await dialog.getByLabel('Reason').fill('Не тот термин.')
  await dialog.getByRole('button', { name: 'Reject' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(segmentRow(page, 1).getByTestId('row-status')).toHaveText('Rejected')
  // The reason counts as an open thread on the row, though the page left out its own comment event.
  await expect(segmentRow(page, 1).getByRole('button', { name: '1 open comment' })).toBeVisible()
  // No dialog says someone changed the segment: the rows stay usable.
  await expect(page.getByRole('alertdialog', { name: /Segment 1 was changed by/ })).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Select segment 2', exact: true }).click()
  await expect(page.getByRole('checkbox', { name: 'Select segment 2', exact: true })).toBeChecked()
})

test('a hidden tab lets go of its segment: others open it without being asked, and it holds it again when shown', async ({
  page,
  signedInAs,
  document,
}) => {
  test.setTimeout(120_000)
  const tanya = await signedInAs('translator')
  await openTogether(`/documents/${document.id}/translate/ru`, page, tanya)
  await segmentRow(tanya, 3).getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  await expect(segmentRow(page, 3).getByTestId('open-for')).toHaveText('Open for Tanya Translator')

  const show = (state: 'hidden' | 'visible') =>
    tanya.evaluate((value) => {
      Object.defineProperty(window.document, 'visibilityState', { configurable: true, get: () => value })
      window.document.dispatchEvent(new Event('visibilitychange'))
    }, state)
  await show('hidden')
  await expect(segmentRow(page, 3).getByTestId('open-for')).toHaveCount(0)
  await show('visible')
  await expect(segmentRow(page, 3).getByTestId('open-for')).toHaveText('Open for Tanya Translator')
  await show('hidden')
  await expect(segmentRow(page, 3).getByTestId('open-for')).toHaveCount(0)
  await segmentRow(page, 3).getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Edit segment 3' })).toBeFocused()
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
})
