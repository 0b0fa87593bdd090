import type { APIRequestContext, Page } from '@playwright/test'
import { russianWithSplitAndGap } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

const COUNT = 60
const WORDS = ['river', 'bridge', 'harbour', 'market', 'garden']
const SLOVA = ['река', 'мост', 'гавань', 'рынок', 'сад']
const english = (k: number) => `Paragraph ${k + 1} is about the ${WORDS[k % 5]} ${'and the town '.repeat(1 + (k % 4))}`
const russian = (k: number) => `Абзац ${k + 1} рассказывает про ${SLOVA[k % 5]} ${'и про город '.repeat(1 + (k % 4))}`
const row = (page: Page, number: number) => page.getByRole('row', { name: new RegExp(`^Link ${number},`) })

type Stored = { version: number; rows: Array<{ linkId: string; confirmed: boolean }> }

async function stored(request: APIRequestContext, id: string): Promise<Stored> {
  const response = await request.get(`/api/documents/${id}/translations/ru`)
  expect(response.status()).toBe(200)
  return (await response.json()) as Stored
}

async function operate(request: APIRequestContext, id: string, body: Record<string, unknown>) {
  const { version } = await stored(request, id)
  const response = await request.post(`/api/documents/${id}/translations/ru/links`, { data: { ...body, version } })
  expect(response.status()).toBe(200)
}

/** A 60-paragraph document with its Russian translation, every link confirmed but the first and the last. */
async function longDocument(request: APIRequestContext): Promise<string> {
  const text = Array.from({ length: COUNT }, (_, k) => english(k)).join('\n\n')
  const created = await request.post('/api/documents', {
    data: { title: `Long ${Date.now()}`, sourceLang: 'en', text },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  const imported = await request.post(`/api/documents/${id}/translations`, {
    data: { lang: 'ru', text: Array.from({ length: COUNT }, (_, k) => russian(k)).join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  const { rows } = await stored(request, id)
  expect(rows).toHaveLength(COUNT)
  await operate(request, id, { op: 'confirm-above', linkId: rows[COUNT - 2]!.linkId })
  await operate(request, id, { op: 'confirm', linkId: rows[0]!.linkId, confirmed: false })
  return id
}

test('the review queue scrolls each link it moves to into view before Space can confirm it', async ({
  page,
  request,
}) => {
  const id = await longDocument(request)
  await page.goto(`/documents/${id}/align/ru`)
  await expect(page.getByTestId('review-remaining')).toHaveText('2 automatic links left to check')
  await page.getByRole('button', { name: 'Review automatic links' }).click()
  const first = page.getByRole('row', { selected: true })
  await expect(first).toBeInViewport()
  await page.keyboard.press(' ')
  await expect(page.getByTestId('review-remaining')).toHaveText('1 automatic link left to check')
  const next = page.getByRole('row', { selected: true })
  await expect(next).toHaveAttribute('data-state', 'auto')
  await expect(next).toBeInViewport()
  await page.keyboard.press(' ')
  await expect(page.getByTestId('review-remaining')).toHaveText('0 automatic links left to check')
  expect((await stored(request, id)).rows.every((r) => r.confirmed)).toBe(true)
})

/** `longDocument` with three more links to review in the middle (5 in all), opened in a 700 px high window. */
async function shortWindowReview(page: Page, request: APIRequestContext) {
  // 700 px high: the list reaches below the window's bottom edge.
  await page.setViewportSize({ width: 1280, height: 700 })
  const id = await longDocument(request)
  const { rows } = await stored(request, id)
  for (const k of [8, 16, 24]) await operate(request, id, { op: 'confirm', linkId: rows[k]!.linkId, confirmed: false })
  await page.goto(`/documents/${id}/align/ru`)
  await expect(page.getByTestId('review-remaining')).toHaveText('5 automatic links left to check')
  const sent: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/translations/ru/links')) sent.push(String(r.postDataJSON()?.linkId))
  })
  await page.getByRole('button', { name: 'Review automatic links' }).click()
  return { id, queued: [rows[0], rows[8], rows[16], rows[24], rows[COUNT - 1]].map((r) => r!.linkId), sent }
}

test('in a window shorter than the list, the queue brings each link into the window before Space confirms it', async ({
  page,
  request,
}) => {
  // The list was scrolled, not the page: the next link could sit below the window and be confirmed unseen.
  const { id } = await shortWindowReview(page, request)
  for (let left = 5; left > 0; left--) {
    await expect(page.getByTestId('review-remaining')).toHaveText(
      `${left} automatic link${left === 1 ? '' : 's'} left to check`,
    )
    await expect(page.getByRole('row', { selected: true })).toBeInViewport({ ratio: 0.95 })
    await page.keyboard.press(' ')
  }
  await expect(page.getByTestId('review-remaining')).toHaveText('0 automatic links left to check')
  expect((await stored(request, id)).rows.every((r) => r.confirmed)).toBe(true)
})

test('Space pressed again while a link is saved never acts on that link a second time', async ({ page, request }) => {
  // A key pressed just after a save acted on the link before (the handler still held its row), and one
  // pressed during the save was dropped.
  const { queued, sent } = await shortWindowReview(page, request)
  await expect(page.getByRole('row', { selected: true })).toBeInViewport()
  for (let k = 0; k < 4; k++) {
    await page.keyboard.press(' ')
    await page.waitForTimeout(80)
  }
  await expect(page.locator('.wb[aria-busy="false"]')).toBeVisible()
  await expect(page.getByRole('row', { selected: true })).toBeInViewport()
  expect(sent.length).toBeGreaterThan(0)
  expect(new Set(sent).size).toBe(sent.length)
  expect(sent.every((linkId) => queued.includes(linkId))).toBe(true)
})

test('the list of recent changes hydrates without a mismatch when the browser clock is ahead of the server clock', async ({
  page,
  request,
}) => {
  // The server drew "now" and the browser "1 hour ago": React stopped on the text mismatch (error #418).
  const id = await longDocument(request)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.clock.setFixedTime(new Date(Date.now() + 3_600_000))
  await page.goto(`/documents/${id}/align/ru`)
  await expect(page.getByRole('row', { selected: true })).toBeVisible()
  await page.locator('.alignment-history summary').click()
  await expect(page.locator('.alignment-history time').first()).toHaveText('1 hour ago')
  expect(errors).toEqual([])
})

test('Space on a link scrolled out of sight brings it into view instead of confirming it', async ({
  page,
  request,
}) => {
  const id = await longDocument(request)
  await page.goto(`/documents/${id}/align/ru`)
  await row(page, 1).click()
  await expect(row(page, 1)).toHaveAttribute('aria-selected', 'true')
  await page.locator('.wb-scroll').evaluate((list) => list.scrollTo({ top: list.scrollHeight }))
  await expect(row(page, COUNT)).toBeInViewport()
  await expect(row(page, 1)).not.toBeInViewport()
  await page.keyboard.press(' ')
  await expect(row(page, 1)).toBeInViewport()
  await expect(row(page, 1)).toHaveAttribute('data-state', 'auto')
  expect((await stored(request, id)).rows[0]!.confirmed).toBe(false)
  await page.keyboard.press(' ')
  await expect(row(page, 1)).toHaveAttribute('data-state', 'confirmed')
})

/** Each rendered row starts where the one above it ends: no blank band, no row drawn over another. */
async function expectRowsTouch(page: Page) {
  await expect
    .poll(() =>
      page.locator('.wb-scroll [data-index]').evaluateAll((items) =>
        items
          .map((el) => ({ index: Number(el.getAttribute('data-index')), box: el.getBoundingClientRect() }))
          .sort((a, b) => a.index - b.index)
          .flatMap((item, k, all) => {
            const next = all[k + 1]
            if (!next) return []
            // Sizes are measured in whole pixels, so a row may sit up to a pixel off its neighbour.
            const gap = next.box.top - item.box.bottom
            return Math.abs(gap) < 1 ? [] : [`${item.index + 1}→${next.index + 1}: ${gap.toFixed(1)}px`]
          }),
      ),
    )
    .toEqual([])
}

test('rows stay packed after a merge and a realign: no blank band, no clipped row', async ({
  page,
  request,
  document,
}) => {
  const imported = await request.post(`/api/documents/${document.id}/translations`, {
    data: { lang: 'ru', text: russianWithSplitAndGap().join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  await page.goto(`/documents/${document.id}/align/ru`)
  await expect(row(page, 10)).toHaveAttribute('data-type', '1:2')
  await expectRowsTouch(page)
  await row(page, 5).click()
  await page.keyboard.press('Control+Backspace')
  await expect(row(page, 4)).toHaveAttribute('data-type', '2:1')
  await expect(page.getByTestId('align-state')).toHaveAttribute('data-state', 'saved')
  await expectRowsTouch(page)
  const realigned = page.waitForResponse((r) => r.url().endsWith('/links') && r.request().method() === 'POST')
  await page.getByRole('button', { name: 'Confirm', exact: true }).click()
  await page.getByRole('menuitem', { name: /Realign unconfirmed/ }).click()
  expect((await realigned).status()).toBe(200)
  await expect(page.getByTestId('align-state')).toHaveAttribute('data-state', 'saved')
  await expectRowsTouch(page)
})

/** A document of `count` paragraphs with its Russian translation, every link left to review. */
async function unreviewedDocument(request: APIRequestContext, count: number): Promise<string> {
  const created = await request.post('/api/documents', {
    data: {
      title: `Queue ${Date.now()}`,
      sourceLang: 'en',
      text: Array.from({ length: count }, (_, k) => english(k)).join('\n\n'),
    },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  const imported = await request.post(`/api/documents/${id}/translations`, {
    // Every seventh translation is padded, so confidences differ and the queue jumps across the document.
    data: {
      lang: 'ru',
      text: Array.from({ length: count }, (_, k) => russian(k) + (k % 7 === 3 ? 'и ещё '.repeat(k % 5) : '')).join(
        '\n\n',
      ),
    },
  })
  expect(imported.status()).toBe(201)
  return id
}

/** Records, for every confirm the page sends, whether that link's row was wholly in the list's view as it went out. */
async function watchConfirms(page: Page, request: APIRequestContext, id: string) {
  const order = (await stored(request, id)).rows.map((r) => r.linkId)
  const seen: Array<{ number: number; inView: boolean }> = []
  await page.route('**/translations/ru/links', async (route) => {
    const body = route.request().postDataJSON() as { op: string; linkId?: string }
    if (body.op === 'confirm') {
      const number = order.indexOf(body.linkId ?? '') + 1
      const inView = await page.evaluate((n) => {
        const list = document.querySelector('.wb-scroll')
        const item = [...document.querySelectorAll('[role="row"][aria-label]')].find((r) =>
          r.getAttribute('aria-label')?.startsWith(`Link ${n},`),
        )
        if (!list || !item) return false
        const box = list.getBoundingClientRect()
        const row = item.getBoundingClientRect()
        return row.top >= box.top - 1 && row.bottom <= box.bottom + 1
      }, number)
      seen.push({ number, inView })
    }
    await route.continue()
  })
  return seen
}

test('Space pressed three times in a row in review confirms only links that were in view', async ({
  page,
  request,
}) => {
  const id = await unreviewedDocument(request, 120)
  const seen = await watchConfirms(page, request, id)
  await page.goto(`/documents/${id}/align/ru`)
  await expect(page.getByTestId('review-remaining')).toHaveText('120 automatic links left to check')
  // J jumps to the least confident link, far down; Space follows at once, before the list can have scrolled.
  await page.keyboard.press('j')
  await page.keyboard.press(' ')
  await page.keyboard.press(' ')
  await page.keyboard.press(' ')
  await expect(page.getByTestId('align-state')).toHaveAttribute('data-state', 'saved')
  await expect(page.getByRole('row', { selected: true })).toBeInViewport()
  expect(seen.length).toBeGreaterThan(0)
  expect(seen.filter((s) => !s.inView)).toEqual([])
  // One at a time, each link the queue moves to is in view before the next Space confirms it.
  for (let k = 0; k < 3; k++) {
    const before = seen.length
    await page.keyboard.press(' ')
    await expect.poll(() => seen.length).toBe(before + 1)
    await expect(page.getByTestId('align-state')).toHaveAttribute('data-state', 'saved')
    await expect(page.getByRole('row', { selected: true })).toBeInViewport()
  }
  expect(seen.filter((s) => !s.inView)).toEqual([])
  const confirmed = (await stored(request, id)).rows.flatMap((r, k) => (r.confirmed ? [k + 1] : []))
  expect(confirmed.sort((a, b) => a - b)).toEqual(seen.map((s) => s.number).sort((a, b) => a - b))
})

test('N, U, J and K bring the link they move to into view', async ({ page, request }) => {
  const id = await unreviewedDocument(request, 120)
  await page.goto(`/documents/${id}/align/ru`)
  await expect(page.getByTestId('link-count')).toHaveText('120 links')
  for (const key of ['j', 'j', 'k', 'u', 'j', 'j', 'j']) {
    const before = await page.getByRole('row', { selected: true }).getAttribute('aria-label')
    await page.keyboard.press(key)
    await expect(page.getByRole('row', { selected: true })).not.toHaveAttribute('aria-label', before ?? '')
    await expect(page.getByRole('row', { selected: true })).toBeInViewport()
  }
})
