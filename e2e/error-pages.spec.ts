import { expect, test } from '@playwright/test'

test.describe('error pages', () => {
  test('an unknown page says so in the reader’s language, with a way back', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'parallel-locale', value: 'ru', url: baseURL! }])
    const response = await page.goto('/documents/no-such-document/translate/ru')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Вернуться к документам' })).toBeVisible()
  })

  test('a language path that is not a tag is a 404 page, not another origin', async ({ page }) => {
    const response = await page.goto(`/documents/x/align/${encodeURIComponent('x/../..//127.0.0.1:3299/pwned')}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })
})
