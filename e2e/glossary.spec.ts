import { expect, test } from './fixtures'

/** A word no other test uses, so the term this test adds is the only one its source contains. */
const unique = () =>
  'qz' +
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('') +
  'agreement'

test('a term added on the Glossary page is underlined in an inflected form in the editor and inserted with Ctrl+Shift+1', async ({
  page,
  request,
}) => {
  const word = unique()
  const created = await request.post('/api/documents', {
    data: { title: `Terms ${word}`, sourceLang: 'en', text: `Both ${word}s were signed.\n\nNothing else.` },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  expect((await request.post(`/api/documents/${id}/translations`, { data: { lang: 'ru' } })).status()).toBe(201)

  await page.goto('/documents')
  await page.getByRole('banner').getByRole('link', { name: 'Glossary', exact: true }).click()
  await page.getByLabel('Source language').fill('en')
  await page.getByLabel('Target language').fill('ru')
  await page.getByRole('button', { name: 'Open' }).click()
  await expect(page).toHaveURL(/srcLang=en&tgtLang=ru/)
  const form = page.getByRole('form', { name: 'Add a term' })
  await form.getByLabel('Source term').fill(word)
  await form.getByLabel('Target term').fill('соглашение')
  await form.getByLabel('Target term').press('Enter')
  await expect(page.getByRole('cell', { name: word, exact: true })).toBeVisible()
  await expect(form.getByLabel('Source term')).toHaveValue('')

  await page.goto(`/documents/${id}/translate/ru`)
  await page.getByRole('button', { name: 'Edit segment 1', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 1' })
  await expect(editor).toBeFocused()
  const underlined = page.locator('mark.term')
  await expect(underlined).toHaveText(`${word}s`)
  await expect(underlined).toHaveAttribute('title', 'соглашение')
  const terms = page.getByRole('group', { name: 'Terms' })
  await expect(terms).toContainText(`${word} → соглашение`)

  await page.keyboard.press('Control+Shift+1')
  await expect(editor).toHaveText('соглашение')
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  const view = await request.get(`/api/documents/${id}/translations/ru`)
  const { rows } = (await view.json()) as { rows: Array<{ targets: Array<{ text: string }> }> }
  expect(rows[0]!.targets[0]!.text).toBe('соглашение')
})

test('the Import button keeps its own width, the export links stand apart, and a CSV import names the bad row', async ({
  page,
}) => {
  await page.goto('/glossary?srcLang=nl&tgtLang=ru')
  const importForm = page.getByRole('form', { name: 'Import' })
  const button = importForm.getByRole('button', { name: 'Import' })
  const [buttonBox, formBox] = [await button.boundingBox(), await importForm.boundingBox()]
  expect(buttonBox!.width).toBeLessThan(formBox!.width / 2)

  const links = page.getByRole('region', { name: 'Export' }).getByRole('link')
  await expect(links).toHaveText(['Export CSV', 'Export TBX'])
  const [csv, tbx] = [await links.nth(0).boundingBox(), await links.nth(1).boundingBox()]
  expect(tbx!.x).toBeGreaterThanOrEqual(csv!.x + csv!.width + 4)

  await importForm.getByLabel('CSV or TBX file').setInputFiles({
    name: 'terms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('source,target,partOfSpeech\nhuis,дом,noun\n\nboom,дерево,xyz\n'),
  })
  await button.click()
  await expect(importForm.getByRole('status')).toContainText('Row 4 “boom”: unknown part of speech')
})
