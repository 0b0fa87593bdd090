import { readFileSync } from 'node:fs'
import type { APIRequestContext } from '@playwright/test'
import { readXliff12WithTranslateToolkit } from '../lib/formats/test-fixtures/tools'
import { expect, test } from './fixtures'

const tmxFile = (title: string, units: Array<[string, string]>, body = '') =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
  '<header creationtool="e2e" creationtoolversion="1" segtype="paragraph" o-tmf="e2e" adminlang="en" srclang="en" datatype="plaintext">' +
  `<prop type="x-document-title">${title}</prop></header>\n<body>\n` +
  units
    .map(([en, ru]) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ru"><seg>${ru}</seg></tuv></tu>\n`)
    .join('') +
  `${body}</body>\n</tmx>\n`

/** Translates the first Russian segment with bold text and an ampersand; returns its id and new version. */
async function translateFirstSegment(request: APIRequestContext, documentId: string) {
  const translation = await request.get(`/api/documents/${documentId}/translations/ru`)
  const { rows } = (await translation.json()) as { rows: Array<{ targets: Array<{ id: string; version: number }> }> }
  const segment = rows[0]!.targets[0]!
  const saved = await request.patch(`/api/segments/${segment.id}`, {
    data: { html: '<p>Дружба <strong>навеки</strong> &amp; мир</p>', status: 'translated', version: segment.version },
  })
  expect(saved.status()).toBe(200)
  return { id: segment.id, version: ((await saved.json()) as { version: number }).version }
}

test('the Russian translation downloads as TMX from the document page', async ({ page, request, document }) => {
  await translateFirstSegment(request, document.id)

  await page.goto(`/documents/${document.id}`)
  const panel = page.getByRole('region', { name: 'Export' })
  await panel.getByRole('combobox', { name: 'Format', exact: true }).selectOption('tmx')
  await expect(panel.getByRole('checkbox', { name: 'Russian' })).toBeChecked()
  const downloading = page.waitForEvent('download')
  await panel.getByRole('link', { name: 'Download' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.en-ru\.tmx$/)
  const tmx = readFileSync(await download.path(), 'utf8')
  expect(tmx).toContain('<tmx version="1.4">')
  expect(tmx).toMatch(/<header [^>]*creationtool="Parallel"[^>]*srclang="en"[^>]*datatype="html"/)
  expect(tmx).toContain(`<prop type="x-document-title">${document.title}</prop>`)
  expect(tmx).toContain('<tuv xml:lang="ru"')
  expect(tmx).toContain(
    'Дружба <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>навеки<ept i="1">&lt;/b&gt;</ept> &amp; мир',
  )
  // Only the one translated segment: the empty ones are left out by default.
  expect(tmx.match(/<tu /g)).toHaveLength(1)
})

test('the translation downloads as XLIFF 1.2 that translate-toolkit reads', async ({ page, request, document }) => {
  const segment = await translateFirstSegment(request, document.id)
  // Approval is a step of its own: a segment is approved as it was translated.
  const approved = await request.patch(`/api/segments/${segment.id}`, {
    data: { status: 'approved', version: segment.version },
  })
  expect(approved.status()).toBe(200)

  await page.goto(`/documents/${document.id}`)
  const panel = page.getByRole('region', { name: 'Export' })
  await panel.getByRole('combobox', { name: 'Format', exact: true }).selectOption('xliff12')
  const downloading = page.waitForEvent('download')
  await panel.getByRole('link', { name: 'Download' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.en-ru\.xliff12\.xlf$/)
  const xliff = readFileSync(await download.path(), 'utf8')
  expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2"')
  expect(xliff).toContain('<target state="signed-off">Дружба <g id="1" ctype="bold">навеки</g> &amp; мир</target>')
  const read = readXliff12WithTranslateToolkit(xliff)
  expect(read).toMatchObject({ sourceLang: 'en', targetLang: 'ru' })
  expect(read.units).toEqual([expect.objectContaining({ target: 'Дружба навеки & мир', approved: true })])
})

test('an imported TMX becomes a document whose translation shows in the editor', async ({ page }) => {
  const title = `Memory ${test.info().testId} ${Date.now()}`
  const tmx = tmxFile(title, [
    ['The first paragraph.', 'Первый абзац из памяти переводов.'],
    ['The second one.', 'Второй абзац.'],
  ])
  await page.goto('/documents/import-file')
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'memory.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) })
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText(title)
  await status.getByRole('link', { name: 'Open the document' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const documentId = /\/documents\/([^/?#]+)$/.exec(page.url())?.[1]
  expect(documentId).toBeTruthy()
  await page.goto(`/documents/${documentId}/translate/ru`)
  await expect(page.getByText('Первый абзац из памяти переводов.')).toBeVisible()
  await expect(page.getByText('Второй абзац.')).toBeVisible()
})

test('importing a language the chosen document already has names the language and points to the update option', async ({
  page,
}) => {
  const title = `Twice ${test.info().testId} ${Date.now()}`
  const file = {
    name: 'twice.tmx',
    mimeType: 'application/xml',
    buffer: Buffer.from(tmxFile(title, [['The first paragraph.', 'Первый абзац.']])),
  }
  await page.goto('/documents/import-file')
  await page.getByLabel(/^File/).setInputFiles(file)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('status').getByRole('link', { name: 'Open the document' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const documentId = /\/documents\/([^/?#]+)$/.exec(page.url())?.[1]
  expect(documentId).toBeTruthy()

  await page.goto('/documents/import-file')
  await page.getByLabel(/^File/).setInputFiles(file)
  await page.getByLabel('Import into').selectOption(documentId!)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'This document already has a translation into Russian. To update it from this file, tick “Update the existing translation” and import again.',
  )
})

const realWorld = (name: string) => readFileSync(`lib/formats/test-fixtures/real-world/${name}`)

test('an XLIFF with <file>s in several language pairs imports one pair and lists the others as left out', async ({
  page,
}) => {
  await page.goto('/documents/import-file')
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'pairs.xlf', mimeType: 'application/xml', buffer: realWorld('multi-file-pairs.xlf') })
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('French')
  const skipped = page.getByRole('region', { name: 'Left out of the import: 2' })
  await expect(skipped.getByRole('listitem')).toHaveCount(2)
  await expect(skipped.getByRole('listitem').first()).toContainText('English (en) → German (de), units: 2')
  await expect(skipped.getByRole('listitem').nth(1)).toContainText('Japanese (ja) → Korean (ko), units: 1')
})

test('an XLIFF that names no target language asks for one, and the keyboard alone finishes the import', async ({
  page,
}) => {
  await page.goto('/documents/import-file')
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'states.xlf', mimeType: 'application/xml', buffer: realWorld('no-target-language.xlf') })
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('does not say which language its translations')
  // The field that settles it has the focus: type the language and press Enter.
  await expect(page.getByLabel('Target language')).toBeFocused()
  await page.keyboard.type('nl')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toContainText('Dutch')
})

test('a malformed TMX is refused with the check report, line and column included', async ({ page }) => {
  const broken = tmxFile('Broken', [['One.', 'Один.']], '<tu><tuv xml:lang="en"><seg>Two.</seg></tu>\n')
  await page.goto('/documents/import-file')
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'broken.tmx', mimeType: 'application/xml', buffer: Buffer.from(broken) })
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'The file was not imported because it has problems.',
  )
  const row = page.getByRole('table').getByRole('row').filter({ hasText: 'The file is not well-formed XML.' }).first()
  await expect(row.getByRole('cell').first()).toHaveText('6')
})

test('the check page reports a file that declares entities', async ({ page }) => {
  const hostile =
    '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><header srclang="en"/><body/></tmx>\n'
  await page.goto('/')
  await page.getByRole('link', { name: 'Import file' }).click()
  await page.getByRole('link', { name: 'Check a file without importing it' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Check a file' })).toBeVisible()
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'hostile.tmx', mimeType: 'application/xml', buffer: Buffer.from(hostile) })
  await page.getByRole('button', { name: 'Check', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('1 problem found.')
  await expect(page.getByRole('table')).toContainText('The file declares entities in a DOCTYPE')
})

test('a large TMX imports in the background and the import page lists the finished job', async ({ page, request }) => {
  const title = `Large memory ${test.info().testId} ${Date.now()}`
  const units = Array.from({ length: 15_000 }, (_, i): [string, string] => [
    `Source sentence number ${i} of a large memory.`,
    `Предложение номер ${i} из большой памяти.`,
  ])
  const tmx = tmxFile(title, units)
  expect(Buffer.byteLength(tmx)).toBeGreaterThan(2 * 1024 * 1024)
  const queued = await request.post('/api/imports', {
    multipart: { file: { name: 'large.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) } },
  })
  expect(queued.status()).toBe(202)
  const { jobId } = (await queued.json()) as { jobId: string }
  await expect
    .poll(async () => ((await (await request.get(`/api/imports/${jobId}`)).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe('done')
  const job = (await (await request.get(`/api/imports/${jobId}`)).json()) as {
    processed: number
    total: number
    result: { documentId: string; paragraphs: number }
  }
  expect(job.processed).toBe(job.total)
  expect(job.result.paragraphs).toBe(15_000)

  await page.goto('/documents/import-file')
  const row = page.getByRole('row').filter({ hasText: 'large.tmx' }).filter({ hasText: 'Done' }).first()
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')
  await row.getByRole('link', { name: 'Open the document' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  // The page previews the source; the editor has every paragraph.
  await expect(page.getByTestId('paragraph-preview')).toHaveText(
    'Showing the first 200 of 15,000 paragraphs. The editor and the alignment view show them all.',
  )
})

test('the export API refuses a bilingual format with two languages, in the caller’s language', async ({
  request,
  document,
}) => {
  expect((await request.post(`/api/documents/${document.id}/translations`, { data: { lang: 'ko' } })).status()).toBe(
    201,
  )
  const refused = await request.get(`/api/documents/${document.id}/export?format=xliff&langs=ru,ko`, {
    headers: { 'accept-language': 'ru' },
  })
  expect(refused.status()).toBe(400)
  expect(await refused.json()).toMatchObject({
    error: { code: 'export.bilingual', message: 'XLIFF — двуязычный формат: выберите ровно один язык.' },
  })
  const unknown = await request.get(`/api/documents/${document.id}/export?format=tmx&langs=de`)
  expect(await unknown.json()).toMatchObject({
    error: { code: 'export.languages', message: 'Choose languages this document has been translated into (got “de”).' },
  })
  const multi = await request.get(`/api/documents/${document.id}/export?format=tmx-multi&langs=ru,ko&empty=1`)
  expect(multi.status()).toBe(200)
  expect(multi.headers()['content-type']).toBe('application/x-tmx+xml; charset=utf-8')
  const body = await multi.text()
  expect(body).toContain('<tuv xml:lang="ru"')
  expect(body).toContain('<tuv xml:lang="ko"')
})
