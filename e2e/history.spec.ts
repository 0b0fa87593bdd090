import { expect, test } from './fixtures'

type Translation = { rows: Array<{ targets: Array<{ id: string; version: number }> }> }

test('history shows every version with its author and diff, and restoring brings an old text back as a new version', async ({
  page,
  document,
  signedInAs,
}) => {
  const url = `/documents/${document.id}/translate/ru`
  await page.goto(url)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  await page.keyboard.type('Первый вариант.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')

  // The reviewer approves it.
  const reviewer = await signedInAs('reviewer')
  const view = (await (
    await reviewer.request.get(`/api/documents/${document.id}/translations/ru`)
  ).json()) as Translation
  const segment = view.rows[1]!.targets[0]!
  const approved = await reviewer.request.patch(`/api/segments/${segment.id}`, {
    data: { status: 'approved', version: segment.version },
  })
  expect(approved.status()).toBe(200)

  // The admin edits the approved text, then opens its history with the keyboard.
  await page.reload()
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await expect(editor).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Второй вариант.')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.keyboard.press('Alt+Shift+H')

  const dialog = page.getByRole('dialog', { name: 'History of segment 2' })
  const versions = dialog.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem')
  // Autosave may have saved the typing more than once: find the versions by what they say, not by count.
  await expect(versions.first()).toContainText('Второй вариант.')
  await expect(versions.first()).toContainText('Ada Admin')
  await expect(versions.first()).toContainText('Translated')
  const byReviewer = versions.filter({ hasText: 'Roman Reviewer' })
  await expect(byReviewer).toHaveCount(1)
  await expect(byReviewer).toContainText('Approved')
  await expect(byReviewer).toContainText('Первый вариант.')
  const before = await versions.count()

  // Restore the approved version, asked once more first.
  await byReviewer.getByRole('button', { name: 'Restore this version' }).click()
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('restored as a new version')
  await expect(versions).toHaveCount(before + 1)
  await expect(versions.first().locator('del')).toContainText('Второй')
  await expect(versions.first().locator('ins')).toContainText('Первый')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(editor).toContainText('Первый вариант.')

  await page.reload()
  const row = page.getByRole('row', { name: 'Segment 2', exact: true })
  await expect(row.getByText('Первый вариант.')).toBeVisible()
  await expect(row.getByTestId('row-status')).toHaveText('Draft')
})
