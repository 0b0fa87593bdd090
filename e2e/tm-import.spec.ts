import { expect, test } from './fixtures'

test('a large TMX goes into the memory as a background job whose progress and counts the memory import page shows', async ({
  page,
}) => {
  const stamp = `${test.info().testId}-${Date.now()}`
  const units = Array.from(
    { length: 4_000 },
    (_, i) =>
      `<tu><tuv xml:lang="en"><seg>Memory sentence ${i} of run ${stamp}, long enough to make a big file for the job.</seg></tuv>` +
      `<tuv xml:lang="sv"><seg>Minnesmening ${i} i körning ${stamp}, lång nog för att göra en stor fil åt jobbet.</seg></tuv></tu>\n`,
  )
  const tmx =
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" ' +
    'segtype="sentence" o-tmf="e2e" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n' +
    `${units.join('')}${' '.repeat(1_500_000)}</body>\n</tmx>\n`
  expect(Buffer.byteLength(tmx)).toBeGreaterThan(2 * 1024 * 1024)

  await page.goto('/documents/import-file')
  await page.getByRole('link', { name: 'Import a TMX into the translation memory instead' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Import a TMX file into the memory' })).toBeVisible()
  await page
    .getByLabel(/TMX file/)
    .setInputFiles({ name: 'big-memory.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) })
  await page.getByLabel('Source language').fill('en')
  await page.getByLabel('Target language').fill('sv')
  await page.getByRole('button', { name: 'Import into the memory' }).click()

  // The upload is stored in the database before the job is queued.
  await expect(page.getByRole('heading', { name: 'Import of big-memory.tmx' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('status')).toHaveText(
    'big-memory.tmx: 4,000 units read, 4,000 added to the memory, 0 updated, 0 already in the memory.',
    { timeout: 60_000 },
  )
  await expect(page.getByRole('progressbar', { name: /big-memory\.tmx/ })).toHaveAttribute('aria-valuenow', '100')
})

test('choosing a TMX fills in its languages, and a language it does not have is refused by name', async ({ page }) => {
  const tmx =
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" ' +
    'segtype="sentence" o-tmf="e2e" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n' +
    '<tu><tuv xml:lang="en"><seg>Good morning.</seg></tuv><tuv xml:lang="ru"><seg>Доброе утро.</seg></tuv></tu>\n' +
    '</body>\n</tmx>\n'
  // An admin finds the page in the top bar.
  await page.goto('/documents')
  await page.getByRole('banner').getByRole('link', { name: 'Memory', exact: true }).click()
  await expect(page).toHaveURL(/\/memory\/import$/)
  await page
    .getByLabel(/TMX file/)
    .setInputFiles({ name: 'small-memory.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) })
  await expect(page.getByLabel('Source language')).toHaveValue('en')
  await expect(page.getByLabel('Target language')).toHaveValue('ru')

  await page.getByLabel('Target language').fill('de')
  await page.getByRole('button', { name: 'Import into the memory' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'The file has no German (de) text; it has English and Russian.',
  )
})
