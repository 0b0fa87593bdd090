import type { APIRequestContext, Page } from '@playwright/test'
import { ARTICLE_RU } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

/** Imports the Russian article: every segment arrives translated, waiting for review. */
async function importRussian(request: APIRequestContext, documentId: string) {
  const imported = await request.post(`/api/documents/${documentId}/translations`, {
    data: { lang: 'ru', text: ARTICLE_RU.join('\n\n') },
  })
  expect(imported.status()).toBe(201)
}

/** The stored status of every target segment, in row order. */
async function storedStatuses(request: APIRequestContext, documentId: string): Promise<string[]> {
  const response = await request.get(`/api/documents/${documentId}/translations/ru`)
  const { rows } = (await response.json()) as { rows: Array<{ targets: Array<{ status: string }> }> }
  return rows.map((row) => row.targets.map((t) => t.status).join(' '))
}

const editor = (page: Page, number: number) => page.getByRole('textbox', { name: `Edit segment ${number}` })
const rowStatus = (page: Page, number: number) =>
  page.getByRole('row', { name: `Segment ${number}`, exact: true }).getByTestId('row-status')

async function openReview(page: Page, documentId: string) {
  await page.goto(`/documents/${documentId}/translate/ru?mode=review`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Review mode' })).toBeChecked()
}

test.describe('review mode', () => {
  test.beforeEach(async ({ request, document }) => importRussian(request, document.id))

  test('the review bar is one line on a 1366 px laptop screen, its key hint short with the sentence as tooltip', async ({
    signedInAs,
    document,
  }) => {
    const page = await signedInAs('reviewer')
    await page.setViewportSize({ width: 1366, height: 768 })
    await openReview(page, document.id)
    const bar = page.getByRole('toolbar', { name: 'Review mode' })
    await expect(bar.getByRole('button', { name: /Approve all translated/ })).toBeEnabled()
    // One row: every control starts above the point where every other one ends (centred, so tops differ a little).
    const boxes = await bar.evaluate((element) =>
      [...element.children].map((child) => {
        const box = child.getBoundingClientRect()
        return { top: box.top, bottom: box.bottom }
      }),
    )
    expect(Math.max(...boxes.map((box) => box.top))).toBeLessThan(Math.min(...boxes.map((box) => box.bottom)))
    await expect(bar.getByTitle('Approve and go to the next segment waiting for review')).toContainText(
      'Approve and next: Ctrl+Shift+Enter',
    )
  })

  test('Ctrl+Shift+Enter approves the segment and moves to the next one waiting', async ({
    signedInAs,
    request,
    document,
  }) => {
    const page = await signedInAs('reviewer')
    await openReview(page, document.id)
    await page.getByRole('button', { name: 'Edit segment 1', exact: true }).click()
    await expect(editor(page, 1)).toBeFocused()
    await page.keyboard.press('Control+Shift+Enter')
    await expect(editor(page, 2)).toBeFocused()
    await expect(rowStatus(page, 1)).toHaveText('Approved')
    await expect.poll(async () => (await storedStatuses(request, document.id))[0]).toBe('approved')
    await page.keyboard.press('F1')
    await expect(page.getByRole('dialog')).toContainText('Approve and go to the next segment waiting for review')
  })

  test('the reject dialog needs a reason and sends it with the MQM mark', async ({ signedInAs, request, document }) => {
    const page = await signedInAs('reviewer')
    await openReview(page, document.id)
    await page.getByRole('button', { name: 'Edit segment 3', exact: true }).click()
    await expect(editor(page, 3)).toBeFocused()
    await page.keyboard.press('Control+Shift+Backspace')
    const dialog = page.getByRole('dialog', { name: 'Reject segment 3' })
    await expect(dialog).toBeVisible()
    // Escape closes it and the caret is back in the segment, not on the page.
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(editor(page, 3)).toBeFocused()
    await page.keyboard.press('Control+Shift+Backspace')
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Reject' }).click()
    await expect(dialog.getByRole('alert')).toContainText('Write a reason')
    await dialog.getByLabel('Reason').fill('«Дружба» здесь неверный термин')
    await dialog.getByLabel('Error category').selectOption({ label: 'Terminology' })
    await dialog.getByLabel('Severity').selectOption({ label: 'Major' })
    const sent = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/api/segments/'))
    // Ctrl+Enter sends the dialog from any of its fields.
    await dialog.getByLabel('Reason').focus()
    await page.keyboard.press('Control+Enter')
    expect((await sent).postDataJSON()).toMatchObject({
      status: 'rejected',
      comment: '«Дружба» здесь неверный термин',
      category: 'terminology',
      severity: 'major',
    })
    await expect(dialog).toBeHidden()
    await expect(rowStatus(page, 3)).toHaveText('Rejected')
    await expect.poll(async () => (await storedStatuses(request, document.id))[2]).toBe('rejected')
  })

  test('approves a Shift-click selection, then everything translated in the view after a confirmation', async ({
    signedInAs,
    request,
    document,
  }) => {
    const page = await signedInAs('reviewer')
    await openReview(page, document.id)
    await page.getByRole('checkbox', { name: 'Select segment 1', exact: true }).click()
    await page.getByRole('checkbox', { name: 'Select segment 3', exact: true }).click({ modifiers: ['Shift'] })
    await page.getByRole('button', { name: 'Approve selected (3)' }).click()
    await expect(page.getByRole('status').filter({ hasText: '3 segments approved' })).toBeVisible()
    await expect(rowStatus(page, 2)).toHaveText('Approved')
    expect((await storedStatuses(request, document.id)).slice(0, 4)).toEqual([
      'approved',
      'approved',
      'approved',
      'translated',
    ])
    const rest = ARTICLE_RU.length - 3
    await page.getByRole('button', { name: `Approve all translated in this view (${rest})` }).click()
    const confirm = page.getByRole('alertdialog')
    await expect(confirm).toContainText(`Approve ${rest} translated segments`)
    await confirm.getByRole('button', { name: 'Approve' }).click()
    await expect(page.getByTestId('review-waiting')).toHaveText('0 segments waiting for review')
    expect(new Set(await storedStatuses(request, document.id))).toEqual(new Set(['approved']))
  })

  test('a translator sees no review controls, and the approve key does nothing', async ({
    signedInAs,
    request,
    document,
  }) => {
    const page = await signedInAs('translator')
    await page.goto(`/documents/${document.id}/translate/ru?mode=review`)
    await expect(page.locator('.wb[data-hydrated="true"]')).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'Review mode' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Edit segment 1', exact: true }).click()
    await expect(editor(page, 1)).toBeFocused()
    await page.keyboard.press('Control+Shift+Enter')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    expect((await storedStatuses(request, document.id))[0]).toBe('translated')
  })
})
