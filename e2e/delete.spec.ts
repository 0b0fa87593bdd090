import { expect, test } from './fixtures'

test('the Russian translation is deleted from the document page after confirming, and stays gone after a reload', async ({
  page,
  request,
  document,
}) => {
  const view = (await (await request.get(`/api/documents/${document.id}/translations/ru`)).json()) as {
    rows: Array<{ targets: Array<{ id: string; version: number }> }>
  }
  const target = view.rows[0]!.targets[0]!
  expect(
    (
      await request.patch(`/api/segments/${target.id}`, {
        data: { html: '<p>Перевод</p>', status: 'draft', version: target.version },
      })
    ).status(),
  ).toBe(200)

  await page.goto(`/documents/${document.id}`)
  const deleteRussian = page.getByRole('button', { name: 'Delete translation: Russian' })
  await deleteRussian.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('alertdialog', { name: 'Delete the Russian translation?' })
  await expect(dialog).toContainText('1 segment with text')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(deleteRussian).toBeFocused()

  await deleteRussian.click()
  await dialog.getByRole('button', { name: 'Delete translation' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('progressbar', { name: /Russian/ })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(document.title)
  await expect(page.getByRole('button', { name: 'Delete translation: Russian' })).toHaveCount(0)
  await expect(page.getByRole('progressbar', { name: /Russian/ })).toHaveCount(0)
  expect((await request.get(`/api/documents/${document.id}/translations/ru`)).status()).toBe(404)
})

test('a document is deleted after confirming and is no longer listed', async ({ page, request, document }) => {
  await page.goto(`/documents/${document.id}`)
  await page.getByRole('button', { name: 'Delete document' }).click()
  const dialog = page.getByRole('alertdialog', { name: `Delete “${document.title}”?` })
  await expect(dialog).toContainText('0 segments with text')
  await dialog.getByRole('button', { name: 'Delete document' }).click()
  await expect(page).toHaveURL(/\/documents$/)
  await expect(page.getByRole('link', { name: document.title })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents')
  await expect(page.getByRole('link', { name: document.title })).toHaveCount(0)
  expect((await request.get(`/api/documents/${document.id}`)).status()).toBe(404)
  expect((await request.delete(`/api/documents/${document.id}`)).status()).toBe(404)
})
