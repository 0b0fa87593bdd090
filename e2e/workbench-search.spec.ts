import { ARTICLE_RU } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

test('a search with no match says so, and clearing it brings the rows back', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  const find = page.getByRole('searchbox', { name: 'Find in source or translation' })
  await expect(page.getByRole('row', { name: 'Segment 1', exact: true })).toBeVisible()
  await find.fill('zzqx no such text')
  await expect(page.getByText('No rows match the filter or search.')).toBeVisible()
  await expect(page.getByRole('row', { name: 'Segment 1', exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'Clear filter and search' }).click()
  await expect(find).toHaveValue('')
  await expect(page.getByText('No rows match the filter or search.')).toHaveCount(0)
  await expect(page.getByRole('row', { name: 'Segment 1', exact: true })).toBeVisible()
})

test('a search highlights its matches in the rows it shows', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Find in source or translation' }).fill('LONG HISTORY')
  const row = page.getByRole('row', { name: 'Segment 3', exact: true })
  await expect(row.locator('mark')).toHaveText(['long history'])
  await expect(row).toContainText('The DPRK and Russia have a long history')
})

test('Find reads ё as е and ignores how a letter is encoded, in the rows it keeps and the marks it shows', async ({
  page,
  request,
  document,
}) => {
  const imported = await request.post(`/api/documents/${document.id}/translations`, {
    data: { lang: 'ru', text: ARTICLE_RU.join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  const find = page.getByRole('searchbox', { name: 'Find in source or translation' })
  // Paragraph 9 says «ещё больше укрепил»; typed with е, and with ё decomposed (е + U+0308).
  for (const needle of ['ЕЩЕ БОЛЬШЕ', 'еще\u0308 больше']) {
    await find.fill(needle)
    await expect(page.getByText('1 row shown')).toBeVisible()
    await expect(page.getByRole('row', { name: 'Segment 9', exact: true }).locator('mark')).toHaveText(['ещё больше'])
  }
})
