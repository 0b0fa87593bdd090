import { makeDocumentWithRussian as makeDocument } from './documents-api'
import { expect, test } from './fixtures'

test('a segment whose twin is in the memory shows the 100% match; Ctrl+1 inserts it; Ctrl+K finds a word', async ({
  page,
  request,
}) => {
  // A word of its own, so matches from other tests' units cannot interfere.
  const word = `Zorblax${Date.now().toString(36)}`
  const sentence = `The ${word} engine starts in cold weather.`
  const translation = `Двигатель ${word} заводится в холодную погоду.`
  const first = await makeDocument(request, `Memory source ${word}`, [sentence])
  const saved = await request.patch(`/api/segments/${first.segmentIds[0]}`, {
    data: { version: 1, html: `<p>${translation}</p>`, status: 'translated' },
  })
  expect(saved.status()).toBe(200)

  const second = await makeDocument(request, `Memory target ${word}`, ['An unrelated opening line.', sentence])
  await page.goto(`/documents/${second.id}/translate/ru`)
  await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await expect(editor).toBeFocused()
  const matches = page.getByRole('region', { name: 'Translation memory' })
  await expect(matches.getByRole('listitem', { name: 'Match 100%, exact' })).toContainText(translation)
  await expect(matches).toContainText(`Memory source ${word}`)
  await page.keyboard.press('Control+1')
  await expect(editor).toHaveText(translation)

  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Concordance' })
  await dialog.getByRole('searchbox', { name: 'Word or phrase' }).fill(word.toLowerCase())
  const results = dialog.getByRole('table', { name: 'Memory units found' })
  await expect(results.getByRole('row')).toHaveCount(1)
  await expect(results.locator('mark').first()).toHaveText(word)
  await expect(results).toContainText(translation)
  await expect(results.getByRole('link', { name: `Memory source ${word}` })).toBeVisible()
})
