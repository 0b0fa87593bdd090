import { expect, test } from './fixtures'

// The first check of a language loads its dictionary (Russian: seconds on a busy machine).
const FIRST_CHECK = { timeout: 60_000 }

test('a misspelled word is underlined as it is typed, and a suggestion replaces it', async ({ page, document }) => {
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await expect(editor).toBeFocused()
  await page.keyboard.type('Свежее малоко')
  await expect(editor.locator('.misspelled')).toHaveText('малоко', FIRST_CHECK)
  const spelling = page.getByRole('region', { name: 'Spelling' })
  // Alt+F7 goes from the word under the cursor to its suggestions.
  await page.keyboard.press('Alt+F7')
  await expect(spelling.locator('button:focus')).toHaveCount(1)
  await spelling.getByRole('button', { name: 'Replace “малоко” with “молоко”' }).press('Enter')
  await expect(editor).toHaveText('Свежее молоко')
  await expect(editor.locator('.misspelled')).toHaveCount(0)
  await expect(spelling).toHaveCount(0)
})

test('a word added to the project dictionary is no longer flagged', async ({ page, document }) => {
  // A word no dictionary has, new on every run, since the project dictionary outlives a test.
  const letters = 'бвгджзклмнпрстфхцчшщ'
  const made = Array.from({ length: 6 }, (_, i) => letters[(Date.now() + i * 7) % letters.length]).join('')
  const word = `Зю${made}ак`
  await page.goto(`/documents/${document.id}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 3' })
  await page.keyboard.type(`Проект ${word} работает.`)
  await expect(editor.locator('.misspelled')).toHaveText(word, FIRST_CHECK)
  await page.getByRole('button', { name: `Add “${word}” to the project dictionary` }).click()
  await expect(editor.locator('.misspelled')).toHaveCount(0)
  const listed = await page.request.get('/api/spelling/dictionary/ru')
  expect(((await listed.json()) as { words: Array<{ word: string }> }).words.map((w) => w.word)).toContain(word)
})
