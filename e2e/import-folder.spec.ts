import { writeZip } from '../lib/import/test-fixtures/zip'
import { expect, test } from './fixtures'

const zip = (entries: Array<[string, string | Buffer]>) => ({
  mimeType: 'application/zip',
  buffer: Buffer.from(writeZip(entries.map(([name, data]) => ({ name, data })))),
})

test('two zips become a document per pair, each with its translation aligned; failures and leftovers are listed', async ({
  page,
}) => {
  const stamp = `folder-${test.info().testId}-${Date.now()}`
  await page.goto('/documents/import-folder')
  await page.getByLabel('Language of the documents').fill('de')
  await page.getByLabel('Language of the translations').fill('fr')
  await page.getByLabel('Zip file of the documents').setInputFiles({
    name: 'de.zip',
    ...zip([
      [`de/${stamp}-a.txt`, 'Der Hund schläft im Haus.\n\nDie Katze spielt im Garten.\n'],
      [`de/${stamp}-b.md`, '# Der Fluss\n\nDer Fluss ist 288 km lang.\n'],
      [`de/${stamp}-c.txt`, 'Grüße aus Köln.\n'],
      [`de/${stamp}-alone.txt`, 'Allein.\n'],
    ]),
  })
  await page.getByLabel('Zip file of the translations').setInputFiles({
    name: 'fr.zip',
    ...zip([
      [`fr/${stamp}-a.txt`, 'Le chien dort dans la maison.\n\nLe chat joue dans le jardin.\n'],
      [`fr/${stamp}-b.html`, '<h1>Le fleuve</h1><p>Le fleuve mesure 288 km.</p>'],
      [`fr/${stamp}-c.txt`, Buffer.from('Salutations de Cologne, \xe9t\xe9.\n', 'latin1')],
    ]),
  })
  await page.getByRole('button', { name: 'Import and align' }).click()
  await expect(page.getByText('Done.')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('progressbar', { name: 'Progress of the folder import' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  )
  await expect(page.getByRole('link', { name: `${stamp}-a`, exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: `${stamp}-b`, exact: true })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(`${stamp}-c`) })).toContainText(
    'The file is not in UTF-8 or UTF-16',
  )
  await expect(page.getByText('1 file was left out')).toBeVisible()
  await expect(page.getByText(`${stamp}-alone.txt: no file of the other language has this name`)).toBeVisible()

  await page.getByRole('link', { name: `Open the alignment of ${stamp}-a` }).click()
  await expect(page).toHaveURL(/\/align\/fr$/)
  await expect(page.getByTestId('link-count')).toHaveText('2 links')
  await expect(page.getByText('Le chat joue dans le jardin.')).toBeVisible()
})

test('a name reaching outside the folder is refused with a clear message, and nothing is imported', async ({
  page,
}) => {
  await page.goto('/documents/import-folder')
  await page.getByLabel('Language of the documents').fill('de')
  await page.getByLabel('Language of the translations').fill('fr')
  await page
    .getByLabel('Zip file of the documents')
    .setInputFiles({ name: 'de.zip', ...zip([['../evil.txt', 'Böse.']]) })
  await page
    .getByLabel('Zip file of the translations')
    .setInputFiles({ name: 'fr.zip', ...zip([['evil.txt', 'Mal.']]) })
  await page.getByRole('button', { name: 'Import and align' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'The file name' })).toHaveText(
    'The file name “../evil.txt” points outside its folder (“..” or an absolute path), so the upload was refused.',
  )
  await expect(page.getByRole('region', { name: 'Import' })).toHaveCount(0)
})

test('a file whose name has neither chosen language is listed with names in the chosen languages', async ({ page }) => {
  const stamp = `named-${test.info().testId}-${Date.now()}`
  const text = (content: string) => ({ mimeType: 'text/plain', buffer: Buffer.from(content) })
  await page.goto('/documents/import-folder')
  await page.getByRole('radio', { name: /Many files at once/ }).check()
  await page.getByLabel('Language of the documents').fill('en')
  await page.getByLabel('Language of the translations').fill('fr')
  await page.getByLabel('Documents and translations').setInputFiles([
    { name: `${stamp}.en.txt`, ...text('The dog sleeps.\n') },
    { name: `${stamp}.fr.txt`, ...text('Le chien dort.\n') },
    { name: `${stamp}-other.de.txt`, ...text('Der Hund schläft.\n') },
  ])
  await page.getByRole('button', { name: 'Import and align' }).click()
  await expect(page.getByText('Done.')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText('1 file was left out')).toBeVisible()
  await expect(
    page.getByText(
      `${stamp}-other.de.txt: the name does not end in one of the two languages; name it like ${stamp}-other.en.txt or ${stamp}-other.fr.txt`,
    ),
  ).toBeVisible()
})

test('a running folder import can be cancelled with the keyboard; it says so and what it finished stays', async ({
  page,
}) => {
  const stamp = `cancel-${test.info().testId}-${Date.now()}`
  const many = (lang: string, text: string) =>
    zip(Array.from({ length: 400 }, (_, k): [string, string] => [`${lang}/${stamp}-${k}.txt`, `${text} ${k}.\n`]))
  await page.goto('/documents/import-folder')
  await page.getByLabel('Language of the documents').fill('de')
  await page.getByLabel('Language of the translations').fill('fr')
  await page.getByLabel('Zip file of the documents').setInputFiles({ name: 'de.zip', ...many('de', 'Satz') })
  await page.getByLabel('Zip file of the translations').setInputFiles({ name: 'fr.zip', ...many('fr', 'Phrase') })
  await page.getByRole('button', { name: 'Import and align' }).click()
  const cancel = page.getByRole('button', { name: 'Cancel import' })
  await cancel.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Cancelled.', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('The import was cancelled. What it had finished before stays.')).toBeVisible()
  await expect(cancel).toHaveCount(0)
  const done = Number(
    await page.getByRole('progressbar', { name: 'Progress of the folder import' }).getAttribute('aria-valuenow'),
  )
  expect(done).toBeLessThan(100)
})
