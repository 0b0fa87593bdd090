import { expect, test } from './fixtures'

test('a reviewer’s rejection reason and mark show on the translator’s row; the translator replies and resolves it', async ({
  request,
  document,
  signedInAs,
}) => {
  // Segment 1 translated by the admin, then rejected by the reviewer with a reason and a mark (through the API).
  const view = (await (await request.get(`/api/documents/${document.id}/translations/ru`)).json()) as {
    rows: Array<{ targets: Array<{ id: string; version: number }> }>
  }
  const target = view.rows[0]!.targets[0]!
  const translated = await request.patch(`/api/segments/${target.id}`, {
    data: { html: '<p>Дружба народов</p>', status: 'translated', version: target.version },
  })
  expect(translated.status()).toBe(200)
  const reviewer = await signedInAs('reviewer')
  const rejected = await reviewer.request.patch(`/api/segments/${target.id}`, {
    data: {
      status: 'rejected',
      comment: 'Здесь нужен термин из глоссария.',
      category: 'terminology',
      severity: 'major',
      version: target.version + 1,
    },
  })
  expect(rejected.status()).toBe(200)

  const page = await signedInAs('translator')
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  // The editor is the page's one main landmark.
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('main').getByRole('row', { name: 'Segment 1', exact: true })).toBeVisible()
  const row = page.getByRole('row', { name: 'Segment 1', exact: true })
  await row.getByRole('button', { name: '1 open comment' }).click()
  const panel = page.getByRole('region', { name: 'Comments on segment 1' })
  await expect(panel.getByText('Здесь нужен термин из глоссария.')).toBeVisible()
  await expect(panel.getByTestId('error-mark')).toHaveText('Terminology · Major')

  await panel.getByRole('button', { name: 'Reply' }).click()
  await page.keyboard.type('Исправлю.')
  await page.keyboard.press('Control+Enter')
  await expect(panel.getByText('Исправлю.')).toBeVisible()
  await panel.getByRole('button', { name: 'Resolve' }).click()
  await expect(panel.getByRole('button', { name: 'Reopen' })).toBeVisible()
  await expect(row.getByRole('button', { name: 'Comments', exact: true })).toBeVisible()

  // Escape closes the panel; Alt+M opens it again for the current segment, with the cursor in a new comment.
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  // So does Enter on a row's comments button: what is typed next goes into the comment, not the segment.
  await row.getByRole('button', { name: 'Comments', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('textbox', { name: 'New comment' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  await page.keyboard.press('Alt+m')
  const second = page.getByRole('region', { name: 'Comments on segment 2' })
  await expect(second.getByRole('textbox', { name: 'New comment' })).toBeFocused()
  await page.keyboard.type('Проверьте даты.')
  await page.keyboard.press('Control+Enter')
  await expect(second.getByText('Проверьте даты.')).toBeVisible()
  await expect(
    page.getByRole('row', { name: 'Segment 2', exact: true }).getByRole('button', { name: '1 open comment' }),
  ).toBeVisible()

  // The document page lists the open thread and scores the reviewed segment.
  await page.goto(`/documents/${document.id}`)
  const open = page.getByTestId('open-comments')
  await expect(open.getByText('Проверьте даты.')).toBeVisible()
  await expect(open.getByText('Здесь нужен термин из глоссария.')).toHaveCount(0)
  const quality = page.getByTestId('quality-table')
  // Two reviewed words, one major mark (5 points): 100 × (1 − 5 / 2) is below 0, so the score is 0.
  await expect(quality.getByRole('row', { name: /Russian/ }).getByRole('cell')).toHaveText([
    'All translators',
    '2',
    '0',
    '1',
    '0',
    '5',
    '0',
  ])
})
