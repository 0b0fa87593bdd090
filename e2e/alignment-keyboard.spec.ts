import type { Locator, Page } from '@playwright/test'
import { russianWithSplitAndGap } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

// The fixture's article has 15 paragraphs; the Russian text splits paragraph 10 in two and leaves out paragraph 5.
const row = (page: Page, number: number) => page.getByRole('row', { name: new RegExp(`^Link ${number},`) })

/** The element draws a focus ring: an outline at least 2px wide that is not `none`. */
async function expectFocusRing(locator: Locator) {
  const outline = await locator.evaluate((el) => {
    const style = getComputedStyle(el)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })
  expect(outline.style).not.toBe('none')
  expect(outline.width).toBeGreaterThanOrEqual(2)
}

test('keyboard only: arrows work on load, one tab stop for the list, Ctrl+Backspace merges with the previous link, Enter splits', async ({
  page,
  request,
  document,
}) => {
  const imported = await request.post(`/api/documents/${document.id}/translations`, {
    data: { lang: 'ru', text: russianWithSplitAndGap().join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  await page.goto(`/documents/${document.id}/align/ru`)

  // No click: the first link has the focus, with a visible ring, and the arrows move from it.
  await expect(row(page, 1)).toBeFocused()
  await expectFocusRing(row(page, 1))
  await page.keyboard.press('ArrowDown')
  await expect(row(page, 2)).toHaveAttribute('aria-selected', 'true')
  await expect(row(page, 2)).toBeFocused()
  await expectFocusRing(row(page, 2))

  // Roving tabindex: only the cursor row is a tab stop, so Tab leaves the list and Shift+Tab comes back to it.
  await expect(page.locator('[role="row"][tabindex="0"]')).toHaveCount(1)
  await page.keyboard.press('Shift+Tab')
  await expect(page.locator('[role="row"]:focus')).toHaveCount(0)
  await page.keyboard.press('Tab')
  await expect(row(page, 2)).toBeFocused()

  // End and Home go to the last and the first link, then the arrows go on from there.
  const count = Number(await page.getByRole('table').first().getAttribute('aria-rowcount'))
  expect(count).toBeGreaterThan(10)
  await page.keyboard.press('End')
  await expect(row(page, count)).toBeFocused()
  await page.keyboard.press('Home')
  await expect(row(page, 1)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(row(page, 2)).toBeFocused()

  // Ctrl+Backspace merges link 5 (the 1:0) into link 4, and the cursor stays on the merged link.
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown')
  await expect(row(page, 5)).toBeFocused()
  await expect(row(page, 5)).toHaveAttribute('data-type', '1:0')
  await page.keyboard.press('Control+Backspace')
  await expect(row(page, 4)).toHaveAttribute('data-type', '2:1')
  await expect(row(page, 4)).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('link-count')).toHaveText('14 links')
  await expect(page.getByTestId('align-state')).toHaveAttribute('data-state', 'saved')

  // S opens the split dialog; Escape cancels it, Enter splits as proposed (one paragraph and the segment first).
  await page.keyboard.press('s')
  const dialog = page.getByRole('dialog', { name: 'Split link' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(row(page, 4)).toHaveAttribute('data-type', '2:1')
  await expect(row(page, 4)).toBeFocused()
  await page.keyboard.press('s')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(row(page, 4)).toHaveAttribute('data-type', '1:1')
  await expect(row(page, 5)).toHaveAttribute('data-type', '1:0')
  await expect(page.getByTestId('link-count')).toHaveText('15 links')
  await expect(row(page, 4)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(row(page, 5)).toBeFocused()
})
