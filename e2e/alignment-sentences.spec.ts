import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const EN = ['The cat sleeps. The dog barks. The bird sings.', 'It rains today.', 'The sun is out.', 'We go home.']
const RU = ['Кошка спит. Собака лает. Птица поёт.', 'Сегодня идёт дождь.', 'Светит солнце.', 'Мы идём домой.']

const row = (page: Page, number: number) => page.getByRole('row', { name: new RegExp(`^Link ${number},`) })
const pairsOf = (page: Page, number: number) =>
  page.getByRole('listbox', { name: `Sentence pairs of link ${number}` }).getByRole('option')

/** A document of its own with a Russian translation imported through the API; returns its id. */
async function importDocument(request: APIRequestContext, title: string): Promise<string> {
  const created = await request.post('/api/documents', {
    data: { title: `${title} ${Date.now()}`, sourceLang: 'en', text: EN.join('\n\n') },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  const imported = await request.post(`/api/documents/${id}/translations`, {
    data: { lang: 'ru', text: RU.join('\n\n') },
  })
  expect(imported.status()).toBe(201)
  return id
}

async function expectSaved(page: Page) {
  await expect(page.getByTestId('align-state')).toHaveAttribute('data-state', 'saved')
}

test('a link opened into its sentence pairs is edited with the link keys, undone, and kept over a reload', async ({
  page,
  request,
}) => {
  const id = await importDocument(request, 'Sentences')
  await page.goto(`/documents/${id}/align/ru`)
  await expect(row(page, 1)).toHaveAttribute('aria-selected', 'true')

  // E opens the first link's pairs and gives them the keyboard.
  await page.keyboard.press('e')
  const pairs = pairsOf(page, 1)
  await expect(pairs).toHaveCount(3)
  await expect(page.getByRole('listbox', { name: 'Sentence pairs of link 1' })).toBeFocused()

  // Space confirms the third pair (marked in words, not by colour alone).
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press(' ')
  await expect(pairs.nth(2)).toHaveAttribute('data-state', 'confirmed')
  await expect(pairs.nth(2)).toContainText('Confirmed')
  await expectSaved(page)

  // Ctrl+Backspace merges the second pair with the first.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Control+Backspace')
  await expect(pairs).toHaveCount(2)
  await expect(pairs.nth(0)).toContainText('The cat sleeps. The dog barks.')
  await expect(pairs.nth(0)).toContainText('Кошка спит. Собака лает.')
  await expect(pairs.nth(0)).toContainText('Edited by a person')
  await expect(pairs.nth(0)).toHaveAttribute('aria-selected', 'true')

  // S splits it again, one sentence of each side in the first pair; Enter submits the dialog.
  await page.keyboard.press('s')
  await expect(page.getByRole('dialog', { name: 'Split the sentence pair' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(pairs).toHaveCount(3)
  await expect(pairs.nth(1)).toContainText('Собака лает.')

  // Enter moves the last target sentence down into the next pair; Backspace there moves it back up.
  await page.keyboard.press('Enter')
  await expect(pairs.nth(1)).toContainText('Кошка спит. Собака лает.')
  await expect(pairs.nth(0)).toContainText('no counterpart')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Backspace')
  await expect(pairs.nth(0)).toContainText('Кошка спит.')
  await expect(pairs.nth(1)).not.toContainText('Кошка')

  // Ctrl+Enter leaves the third pair's source sentence without counterpart (1:0).
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Control+Enter')
  await expect(pairs).toHaveCount(4)
  await expect(pairs.nth(2)).toContainText('The bird sings.')
  await expect(pairs.nth(3)).toContainText('Птица поёт.')
  await expectSaved(page)

  // Ctrl+Z undoes it on the same undo stack as the links.
  await page.keyboard.press('Control+z')
  await expect(pairs).toHaveCount(3)
  await expectSaved(page)

  // Escape hands the keyboard back to the links.
  await page.keyboard.press('Escape')
  await page.keyboard.press('ArrowDown')
  await expect(row(page, 2)).toHaveAttribute('aria-selected', 'true')

  await page.reload()
  await expect(row(page, 1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('e')
  const reloaded = pairsOf(page, 1)
  await expect(reloaded).toHaveCount(3)
  await expect(reloaded.nth(0)).toContainText('The cat sleeps.')
  await expect(reloaded.nth(0)).toContainText('Кошка спит.')
  await expect(reloaded.nth(0)).not.toContainText('The dog barks.')
  await expect(reloaded.nth(2)).toContainText('The bird sings.')
  await expect(reloaded.nth(2)).toContainText('Птица поёт.')
  await expect(reloaded.nth(2)).toHaveAttribute('data-state', 'confirmed')
  await expect(reloaded.nth(0)).toHaveAttribute('data-origin', 'manual')
})

test('R realigns unconfirmed links but keeps links and sentence pairs a person changed', async ({ page, request }) => {
  const id = await importDocument(request, 'Realign')
  await page.goto(`/documents/${id}/align/ru`)
  await expect(page.getByTestId('link-count')).toHaveText('4 links')

  // A person merges the first two sentence pairs of link 1 (keyboard) …
  await page.keyboard.press('e')
  await expect(pairsOf(page, 1)).toHaveCount(3)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Control+Backspace')
  await expect(pairsOf(page, 1)).toHaveCount(2)
  await expectSaved(page)
  await page.keyboard.press('Escape')

  // … and links 2 and 3 into one, unconfirmed (through the API, as another person's client would).
  const view = (await (await request.get(`/api/documents/${id}/translations/ru/links`)).json()) as {
    version: number
    rows: Array<{ linkId: string }>
  }
  const merged = await request.post(`/api/documents/${id}/translations/ru/links`, {
    data: { op: 'merge', linkId: view.rows[1]!.linkId, version: view.version },
  })
  expect(merged.status()).toBe(200)
  await page.reload()
  await expect(page.getByTestId('link-count')).toHaveText('3 links')
  await expect(row(page, 2)).toHaveAttribute('data-type', '2:2')

  const realigned = page.waitForResponse(
    (r) => r.url().endsWith(`/api/documents/${id}/translations/ru/links`) && r.request().method() === 'POST',
  )
  await page.keyboard.press('r')
  expect((await realigned).status()).toBe(200)
  await page.reload()
  await expect(page.getByTestId('link-count')).toHaveText('3 links')
  await expect(row(page, 2)).toHaveAttribute('data-type', '2:2')
  await page.keyboard.press('e')
  await expect(pairsOf(page, 1)).toHaveCount(2)
  await expect(pairsOf(page, 1).nth(0)).toContainText('The cat sleeps. The dog barks.')
  await expect(pairsOf(page, 1).nth(0)).toHaveAttribute('data-origin', 'manual')
})
