import { rmSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { freePort, prepareDatabase, startServer } from './server-process'

// No edit lost when the server is away (issue 13): the editor keeps every edit in the browser (IndexedDB)
// until the server acknowledges it. These tests stop their own production server while someone types,
// start it again on the same port, and check that every edit lands, also across a reload, and that an
// edit kept while someone else changed the segment opens the conflict dialog.

test.describe.configure({ mode: 'serial' })

const root = path.resolve('.tmp/e2e-offline')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PARALLEL_DATA_DIR: path.join(root, 'pglite'),
  PARALLEL_SKIP_SEED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: 'info',
  DATABASE_URL: '',
}
let admin: { email: string; password: string }
let port: number
let server: Awaited<ReturnType<typeof startServer>>

test.beforeAll(async () => {
  test.setTimeout(120_000)
  rmSync(root, { recursive: true, force: true })
  admin = prepareDatabase(env)
  port = await freePort()
  server = await startServer(env, port)
})

test.afterAll(async () => {
  await server?.stop()
})

/** A browser context of its own (its own cookies and IndexedDB), signed in as the admin of this server. */
async function signedIn(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const api = context.request
  const signIn = await api.post(`${server.base}/api/auth/sign-in/email`, {
    data: admin,
    headers: { origin: server.base },
  })
  expect(signIn.status()).toBe(200)
  return { context, api }
}

/**
 * One API request. A GET whose connection is reset is sent once more, as browsers and Node's fetch do with
 * an idempotent request (RFC 9110, 9.2.2): right after a restart the request context once met a reset
 * connection (CI, once in many runs), which says nothing about the server. Other methods are never resent.
 */
async function call(api: APIRequestContext, method: 'GET' | 'POST' | 'PATCH', url: string, data?: unknown) {
  const send = () => api.fetch(`${server.base}${url}`, { method, data, headers: { origin: server.base } })
  if (method !== 'GET') return send()
  try {
    return await send()
  } catch (error) {
    if (!String(error).includes('ECONNRESET')) throw error
    return send()
  }
}

/** A document of three paragraphs with a Russian translation; its segment ids in order. */
async function makeDocument(api: APIRequestContext, title: string) {
  const text = ['The first paragraph.', 'The second paragraph.', 'The third paragraph.'].join('\n\n')
  const created = await call(api, 'POST', '/api/documents', { title, sourceLang: 'en', text })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  expect((await call(api, 'POST', `/api/documents/${id}/translations`, { lang: 'ru' })).status()).toBe(201)
  return { id, segmentIds: (await targets(api, id)).map((t) => t.id) }
}

type Target = { id: string; text: string; version: number }
async function targets(api: APIRequestContext, documentId: string): Promise<Target[]> {
  const response = await call(api, 'GET', `/api/documents/${documentId}/translations/ru`)
  expect(response.status()).toBe(200)
  const { rows } = (await response.json()) as { rows: Array<{ targets: Target[] }> }
  return rows.map((row) => row.targets[0]!)
}

async function openEditor(page: Page, documentId: string) {
  await page.goto(`${server.base}/documents/${documentId}/translate/ru`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
}

/** Types into segment `number` and waits until the server has acknowledged it. */
async function typeAndSave(page: Page, number: number, text: string) {
  await page.getByRole('button', { name: `Edit segment ${number}`, exact: true }).click()
  await expect(page.getByRole('textbox', { name: `Edit segment ${number}` })).toBeFocused()
  const saved = page.waitForResponse(
    (r) => r.url().includes('/api/segments/') && r.request().method() === 'PATCH' && r.ok(),
  )
  await page.keyboard.type(text)
  await saved
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
}

const saveState = (page: Page) => page.getByTestId('save-state')

test('the server stops while someone types: the editor says so, keeps the edits, and saves them all once it is back', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const { context, api } = await signedIn(browser)
  const document = await makeDocument(api, 'Offline while typing')
  const page = await context.newPage()
  await openEditor(page, document.id)
  await typeAndSave(page, 1, 'Первая часть')

  await expect(page.getByTestId('live-state')).toHaveCount(0)
  await server.stop('SIGTERM')
  await page.keyboard.type(' и вторая')
  await expect(saveState(page)).toHaveAttribute('data-offline', 'true')
  // Others' changes do not arrive meanwhile, and the page says so (a reader who types nothing sees it too).
  await expect(page.getByTestId('live-state')).toHaveText('Live updates paused — reconnecting…')
  await expect(saveState(page)).toContainText('Offline — 1 edit kept in this browser')
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('textbox', { name: 'Edit segment 2' })).toBeFocused()
  await page.keyboard.type('Второй сегмент')
  await expect(saveState(page)).toContainText('Offline — 2 edits kept in this browser')
  await expect(saveState(page)).toContainText(/retrying (in \d+ seconds?|now)/)

  server = await startServer(env, port)
  // The next retry comes within the back-off (30 s at most); nothing is typed meanwhile.
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 45_000 })
  await expect(saveState(page)).not.toHaveAttribute('data-offline', 'true')
  await expect(saveState(page)).toHaveText('All changes saved')
  await expect(page.getByTestId('live-state')).toHaveCount(0)
  const [first, second, third] = await targets(api, document.id)
  expect(first?.text).toBe('Первая часть и вторая')
  expect(second?.text).toBe('Второй сегмент')
  expect(third?.text).toBe('')
  const revisions = await call(api, 'GET', `/api/segments/${document.segmentIds[0]}/revisions`)
  const history = (await revisions.json()) as { revisions: Array<{ text: string }> }
  expect(history.revisions[0]?.text).toBe('Первая часть и вторая')
  await context.close()
})

test('an edit kept while the server was away is replayed and saved when the page is loaded again', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const { context, api } = await signedIn(browser)
  const document = await makeDocument(api, 'Offline then reloaded')
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept()) // "leave with unsaved changes?": yes, the browser keeps them
  await openEditor(page, document.id)
  await typeAndSave(page, 1, 'До остановки')

  await server.stop('SIGTERM')
  await page.keyboard.type(' и после')
  await expect(saveState(page)).toHaveAttribute('data-offline', 'true')
  // Saves from this page go nowhere until it is reloaded, so the edit surely waits in the browser's queue.
  let isBlocked = true
  await page.route('**/api/segments/*', (route) =>
    isBlocked && route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.continue(),
  )
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) isBlocked = false
  })
  server = await startServer(env, port)
  const [before] = await targets(api, document.id)
  expect(before?.text).toBe('До остановки')

  const replayed = page.waitForRequest(
    (r) => r.method() === 'PATCH' && r.url().endsWith(`/api/segments/${document.segmentIds[0]}`),
  )
  // Opened on that segment (a link from My work): the editor open on it shows the kept edit, not the server's text.
  await page.goto(`${server.base}/documents/${document.id}/translate/ru?segment=${document.segmentIds[0]}`)
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await expect(page.getByRole('textbox', { name: 'Edit segment 1' })).toHaveText('До остановки и после')
  expect(((await replayed).postDataJSON() as { version: number }).version).toBe(before?.version)
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved')
  await expect(page.getByRole('row', { name: 'Segment 1', exact: true })).toContainText('До остановки и после')
  expect((await targets(api, document.id))[0]).toMatchObject({
    text: 'До остановки и после',
    version: before!.version + 1,
  })

  // Acknowledged, the edit leaves the queue: another reload sends nothing.
  let sent = 0
  page.on('request', (r) => void (r.method() === 'PATCH' && sent++))
  await page.reload()
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved')
  expect(sent).toBe(0)
  await context.close()
})

test('an edit kept while someone else changed the segment opens the conflict dialog when the page opens again', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const { context, api } = await signedIn(browser)
  const document = await makeDocument(api, 'Offline with a conflict')
  const page = await context.newPage()
  await openEditor(page, document.id)
  await typeAndSave(page, 1, 'Моя версия')

  await server.stop('SIGTERM')
  await page.keyboard.type(' с добавкой')
  await expect(saveState(page)).toHaveAttribute('data-offline', 'true')
  await page.close()
  server = await startServer(env, port)
  const [segment] = await targets(api, document.id)
  expect(segment?.text).toBe('Моя версия')
  const theirs = await call(api, 'PATCH', `/api/segments/${segment!.id}`, {
    html: '<p>Чужая версия</p>',
    version: segment!.version,
  })
  expect(theirs.status()).toBe(200)
  const { version: theirVersion } = (await theirs.json()) as { version: number }

  const again = await context.newPage()
  await openEditor(again, document.id)
  const dialog = again.getByRole('alertdialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('conflict-yours')).toHaveText('Моя версия с добавкой')
  await expect(dialog.getByTestId('conflict-theirs')).toHaveText('Чужая версия')
  await dialog.getByRole('button', { name: 'Save my version over it' }).click()
  await expect(dialog).toBeHidden()
  await expect(saveState(again)).toHaveAttribute('data-state', 'saved')
  expect((await targets(api, document.id))[0]).toMatchObject({
    text: 'Моя версия с добавкой',
    version: theirVersion + 1,
  })
  await context.close()
})
