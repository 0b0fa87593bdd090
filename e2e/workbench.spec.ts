import { expect, test } from './fixtures'

test('a paragraph translated with bold text keeps its text and formatting after a reload', async ({
  page,
  document,
}) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page
    .getByRole('row', { name: 'Segment 2', exact: true })
    .getByRole('button', { name: 'Edit segment 2' })
    .click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await expect(editor).toBeFocused()
  await page.keyboard.type('Первый визит ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('корейского лидера')
  await page.keyboard.press('Control+b')
  await page.keyboard.type(' стал историческим.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  const row = page.getByRole('row', { name: 'Segment 2', exact: true })
  await expect(row.getByText('Первый визит корейского лидера стал историческим.')).toBeVisible()
  await expect(row.locator('strong')).toHaveText('корейского лидера')
  await expect(row.getByTestId('row-status')).toHaveText('Translated')
})

test('a click low in an empty target cell, below its placeholder, opens the segment with the caret in it', async ({
  page,
  document,
}) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  const row = page.getByRole('row', { name: 'Segment 3', exact: true })
  const cell = row.locator('.wb-cell[lang="ru"]')
  const placeholder = row.getByRole('button', { name: 'Edit segment 3', exact: true })
  const [cellBox, placeholderBox] = [(await cell.boundingBox())!, (await placeholder.boundingBox())!]
  // The source paragraph makes the row taller than the placeholder: the click lands well below it.
  expect(cellBox.y + cellBox.height - 8).toBeGreaterThan(placeholderBox.y + placeholderBox.height + 8)
  await page.mouse.click(cellBox.x + cellBox.width / 2, cellBox.y + cellBox.height - 8)
  const editor = page.getByRole('textbox', { name: 'Edit segment 3' })
  await expect(editor).toBeFocused()
  await page.keyboard.type('Низко')
  await expect(editor).toHaveText('Низко')
})

test('keyboard: Ctrl+Shift+C copies the source, Alt+Down moves to the next segment', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  await page.keyboard.press('Control+Shift+C')
  await expect(page.getByRole('textbox', { name: 'Edit segment 3' })).toContainText(
    'The DPRK and Russia have a long history',
  )
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('textbox', { name: 'Edit segment 4' })).toBeFocused()
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  await expect(page.getByRole('row', { name: 'Segment 3', exact: true }).getByTestId('row-status')).toHaveText('Draft')
})

test('a conflict between two browsers editing one segment is shown, not lost', async ({ browser, document }) => {
  const url = `/documents/${document.id}/translate/ru`
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()])
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  // B hears no live events (a dropped connection), so its save meets Anna's on the server (e2e/live.spec.ts has the live case).
  await pageB.route('**/events', (route) => route.abort())
  await Promise.all([pageA.goto(url), pageB.goto(url)])
  await pageA.getByRole('button', { name: 'Edit segment 1', exact: true }).click()
  // The save state already reads "saved" before anything is typed, so wait for Anna's save itself.
  const annaSaved = pageA.waitForResponse(
    (r) => r.url().includes('/api/segments/') && r.request().method() === 'PATCH' && r.ok(),
  )
  await pageA.keyboard.type('Версия Анны')
  await annaSaved
  await expect(pageA.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await pageB.getByRole('button', { name: 'Edit segment 1', exact: true }).click()
  await expect(pageB.getByRole('textbox', { name: 'Edit segment 1' })).toBeFocused()
  await pageB.keyboard.type('Версия Бориса')
  const dialog = pageB.getByRole('alertdialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('conflict-theirs')).toHaveText('Версия Анны')
  await expect(dialog.getByTestId('conflict-yours')).toHaveText('Версия Бориса')
  await dialog.getByRole('button', { name: 'Save my version over it' }).click()
  await expect(pageB.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await pageA.reload()
  await expect(pageA.getByRole('row', { name: 'Segment 1', exact: true })).toContainText('Версия Бориса')
  await Promise.all([a.close(), b.close()])
})

test('filters rows by status and finds text', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Find in source or translation' }).fill('Vladivostok')
  await expect(page.getByText('1 row shown')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Find in source or translation' }).fill('')
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('translated')
  await expect(page.getByText('0 rows shown')).toBeVisible()
})

test('a segment edited under a status filter stays in view until it is left, and keeps all its text', async ({
  page,
  document,
}) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  // A filter chosen before hydration would be reset by it (seen under load on CI).
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('empty')
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await page.keyboard.type('Первое слово')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await expect(page.getByRole('row', { name: 'Segment 2', exact: true }).getByTestId('row-status')).toHaveText('Draft')
  await expect(editor).toBeFocused()
  await page.keyboard.type(' и ещё')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await expect(page.getByRole('combobox', { name: 'Filter by status' })).toHaveValue('empty')
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('row', { name: 'Segment 2', exact: true })).toHaveCount(0)
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('all')
  await expect(page.getByRole('row', { name: 'Segment 2', exact: true })).toContainText('Первое слово и ещё')
})

test('F1 lists the keyboard shortcuts and Escape closes the list', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 1', exact: true }).focus()
  await page.keyboard.press('F1')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog.getByRole('row').filter({ hasText: 'Copy the source into the target' })).toContainText(
    'Ctrl+Shift+C',
  )
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  // The focus goes back to where it was, not to the page.
  await expect(page.getByRole('button', { name: 'Edit segment 1', exact: true })).toBeFocused()
})

test('text typed just before leaving through the back link is saved, not dropped with the timer', async ({
  page,
  document,
  request,
}) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Edit segment 3' })).toBeFocused()
  await page.keyboard.type('Ушёл сразу')
  // Client-side navigation at once, inside the autosave delay: no beforeunload fires.
  await page.getByRole('link', { name: '← Back' }).click()
  await expect(page).toHaveURL(new RegExp(`/documents/${document.id}$`))
  await expect
    .poll(async () => {
      const response = await request.get(`/api/documents/${document.id}/translations/ru`)
      const { rows } = (await response.json()) as {
        rows: Array<{ position: number; targets: Array<{ text: string }> }>
      }
      return rows.find((row) => row.position === 2)?.targets[0]?.text
    })
    .toBe('Ушёл сразу')
})

test('right after the page loads, before anything has focus, F1 lists the shortcuts and Alt+Down opens the first segment', async ({
  page,
  document,
}) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Edit segment 1', exact: true })).toBeVisible()
  expect(await page.evaluate(() => window.document.activeElement === window.document.body)).toBe(true)
  await page.keyboard.press('F1')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.locator('.tiptap')).toBeFocused()
})

test('closing the concordance, the comments and the history with Escape puts the caret back in the segment', async ({
  page,
  document,
}) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await expect(editor).toBeFocused()
  await page.keyboard.type('Первый')

  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: /Concordance/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: /Concordance/ })).toHaveCount(0)
  await expect(editor).toBeFocused()

  await page.keyboard.press('Alt+m')
  await expect(page.getByRole('region', { name: /Comments/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('region', { name: /Comments/ })).toHaveCount(0)
  await expect(editor).toBeFocused()

  await page.keyboard.press('Alt+Shift+h')
  await expect(page.getByRole('dialog', { name: /History/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: /History/ })).toHaveCount(0)
  await expect(editor).toBeFocused()

  // The caret is still where it was: typing goes on after the text.
  await page.keyboard.type(' визит')
  await expect(editor).toHaveText('Первый визит')

  // Escape leaves the editor for the row's own button, which shows that it has the focus.
  await page.keyboard.press('Escape')
  const rowButton = page.getByRole('button', { name: 'Edit segment 2', exact: true })
  await expect(rowButton).toBeFocused()
})

test('a segment opened low in the window brings its matches and warnings into view', async ({ page, document }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  // The lowest row whose edit button shows in the window.
  const buttons = page.getByRole('button', { name: /^Edit segment \d+$/ })
  let lowest = 1
  for (const button of await buttons.all()) {
    const box = await button.boundingBox()
    if (box && box.y + box.height / 2 < 720)
      lowest = Number((await button.getAttribute('aria-label'))?.split(' ').pop())
  }
  expect(lowest).toBeGreaterThan(2)
  await page.getByRole('button', { name: `Edit segment ${lowest}`, exact: true }).click()
  await expect(page.getByRole('textbox', { name: `Edit segment ${lowest}` })).toBeFocused()
  const panel = page.getByRole('region', { name: 'Help for this segment' })
  await expect(panel).toBeInViewport({ ratio: 1 })
  await expect(page.getByRole('textbox', { name: `Edit segment ${lowest}` })).toBeInViewport()
})

test('a translator opening a language they may not edit sees it read only, and nothing to type into', async ({
  page,
  document,
  signedInAs,
}) => {
  await page.request.post(`/api/documents/${document.id}/translations`, { data: { lang: 'de' } })
  const translator = await signedInAs('translator')
  await translator.goto(`/documents/${document.id}/translate/de`)
  await expect(translator.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await expect(translator.getByTestId('read-only')).toHaveText(/Read only: you may not edit German/)
  await expect(translator.getByRole('button', { name: 'Pre-translate from memory' })).toHaveCount(0)
  const row = translator.getByRole('row', { name: 'Segment 3', exact: true })
  await expect(row.getByText('Not translated yet', { exact: true })).toBeVisible()
  await row.getByText('Not translated yet', { exact: true }).click()
  await translator.keyboard.press('Alt+ArrowDown')
  await expect(translator.getByRole('textbox')).toHaveCount(0)
  // Their own language is theirs to edit.
  await translator.goto(`/documents/${document.id}/translate/ru`)
  await expect(translator.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await expect(translator.getByTestId('read-only')).toHaveCount(0)
  await translator.getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  await expect(translator.getByRole('textbox', { name: 'Edit segment 3' })).toBeFocused()
})
