import type { Page } from '@playwright/test'
import { russianWithSplitAndGap } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

/** How many lines the toolbar's controls take: the distinct tops of its buttons. */
async function toolbarLines(page: Page) {
  return page
    .getByRole('toolbar')
    .locator('[data-toolbar-item]')
    .evaluateAll((items) => new Set(items.map((el) => Math.round(el.getBoundingClientRect().top))).size)
}

/** Badges (number, link type, state) that are wider than their box or stick out of their cell. */
async function overflowingBadges(page: Page) {
  return page.locator('[role="row"][data-type] > [role="cell"]:first-child').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const box = cell.getBoundingClientRect()
      return [...cell.children].flatMap((badge) => {
        const own = badge.getBoundingClientRect()
        const isOver = badge.scrollWidth > badge.clientWidth || own.right > box.right + 0.5 || own.left < box.left - 0.5
        return isOver ? [badge.textContent ?? ''] : []
      })
    }),
  )
}

for (const locale of ['ru', 'ko']) {
  test(`in ${locale} the toolbar takes at most two lines at 1280px and no row badge overflows at 1280 or 1024`, async ({
    page,
    request,
    document,
    baseURL,
  }) => {
    const imported = await request.post(`/api/documents/${document.id}/translations`, {
      data: { lang: 'ru', text: russianWithSplitAndGap().join('\n\n') },
    })
    expect(imported.status()).toBe(201)
    await page.context().addCookies([{ name: 'parallel-locale', value: locale, url: baseURL! }])
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`/documents/${document.id}/align/ru`)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.locator('[role="row"][data-type="1:2"]')).toBeVisible()
    expect(await toolbarLines(page)).toBeLessThanOrEqual(2)
    expect(await overflowingBadges(page)).toEqual([])
    await page.setViewportSize({ width: 1024, height: 800 })
    await expect.poll(() => overflowingBadges(page)).toEqual([])
    // Every group's menu stays inside the window, the last ones too.
    const menuButtons = page.getByRole('toolbar').locator('[aria-haspopup="menu"]')
    for (let k = 0; k < (await menuButtons.count()); k++) {
      await menuButtons.nth(k).click()
      const menu = page.getByRole('menu')
      await expect(menu).toBeVisible()
      const box = (await menu.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(1024)
      await page.keyboard.press('Escape')
      await expect(menu).toBeHidden()
    }
  })
}

test('toolbar menus open and move with the arrow keys, run an action with Enter and close with Escape', async ({
  page,
  request,
  document,
}) => {
  const imported = await request.post(`/api/documents/${document.id}/translations`, {
    data: { lang: 'ru', text: russianWithSplitAndGap().join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  await page.goto(`/documents/${document.id}/align/ru`)
  const toolbar = page.getByRole('toolbar', { name: 'Alignment operations' })

  // The most used actions are icon buttons named by their action, with their keys in the tooltip.
  const merge = toolbar.getByRole('button', { name: 'Merge with previous link' })
  await expect(merge).toHaveAttribute('aria-keyshortcuts', 'Control+Backspace')
  await expect(merge).toHaveAttribute('title', 'Merge with previous link (Ctrl+Backspace)')

  const menuButton = toolbar.getByRole('button', { name: 'Link', exact: true })
  await expect(menuButton).toHaveAttribute('aria-haspopup', 'menu')
  await menuButton.focus()
  await expect(menuButton).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const menu = page.getByRole('menu', { name: 'Link' })
  await expect(menu).toBeVisible()
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: /Merge with next link/ })).toBeFocused()
  await expect(menu.getByRole('menuitem', { name: /Merge with next link/ })).toContainText('Ctrl+Delete')
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(menuButton).toBeFocused()
  await expect(page.getByTestId('link-count')).toHaveText('15 links')

  // Right arrow walks the toolbar to the Confirm menu; End and Enter run its last item, Realign.
  const confirmMenu = toolbar.getByRole('button', { name: 'Confirm', exact: true })
  for (let k = 0; k < 12 && !(await confirmMenu.evaluate((el) => el === el.ownerDocument.activeElement)); k++)
    await page.keyboard.press('ArrowRight')
  await expect(confirmMenu).toBeFocused()
  await page.keyboard.press('Enter')
  // The menu opens on the next render: End goes to it once its first item has the focus.
  const confirmItems = page.getByRole('menu', { name: 'Confirm' }).getByRole('menuitem')
  await expect(confirmItems.first()).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.getByRole('menuitem', { name: /Realign unconfirmed/ })).toBeFocused()
  const realigned = page.waitForResponse((r) => r.url().endsWith('/links') && r.request().method() === 'POST')
  await page.keyboard.press('Enter')
  expect(((await realigned).request().postDataJSON() as { op: string }).op).toBe('realign')
  await expect(page.getByRole('menu')).toHaveCount(0)

  // F1 lists every action with its keys, the new merge with the next link too.
  await page.keyboard.press('F1')
  const help = page.getByRole('dialog', { name: 'Alignment shortcuts' })
  await expect(help.getByRole('row', { name: /Merge with previous link/ })).toContainText('Ctrl+Backspace')
  await expect(help.getByRole('row', { name: /Merge with next link/ })).toContainText('Ctrl+Delete')
})
