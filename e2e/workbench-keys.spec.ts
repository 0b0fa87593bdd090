import type { APIRequestContext, Page } from '@playwright/test'
import { ARTICLE_RU } from '../prisma/seed/article-ru'
import { expect, test } from './fixtures'

/** The stored text of every target segment, in row order (the view is virtualized, so ask the API). */
async function storedTexts(request: APIRequestContext, documentId: string): Promise<string[]> {
  const response = await request.get(`/api/documents/${documentId}/translations/ru`)
  expect(response.status()).toBe(200)
  const { rows } = (await response.json()) as { rows: Array<{ targets: Array<{ text: string }> }> }
  return rows.map((row) => row.targets.map((t) => t.text).join(' '))
}

async function importRussian(request: APIRequestContext, documentId: string) {
  const imported = await request.post(`/api/documents/${documentId}/translations`, {
    data: { lang: 'ru', text: ARTICLE_RU.join('\n\n') },
  })
  expect(imported.status()).toBe(201)
}

const editor = (page: Page, number: number) => page.getByRole('textbox', { name: `Edit segment ${number}` })

async function copySourceIntoSegment4(page: Page) {
  await page.getByRole('button', { name: 'Edit segment 4', exact: true }).click()
  await expect(editor(page, 4)).toBeFocused()
  await page.keyboard.press('Control+Shift+C')
  await expect(editor(page, 4)).toContainText('Peoples of the two countries forged')
}

test.describe('Ctrl+Shift+C copies the source into the segment being edited and nowhere else', () => {
  test.beforeEach(async ({ request, document }) => importRussian(request, document.id))

  test('undo, then Ctrl+Up: the previous segment keeps its text', async ({ page, request, document }) => {
    await page.goto(`/documents/${document.id}/translate/ru`)
    await copySourceIntoSegment4(page)
    await page.keyboard.press('Control+z')
    await expect(editor(page, 4)).toHaveText(ARTICLE_RU[3]!)
    await page.keyboard.press('Control+ArrowUp')
    await expect(editor(page, 3)).toBeFocused()
    await expect(editor(page, 3)).toHaveText(ARTICLE_RU[2]!)
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    const texts = await storedTexts(request, document.id)
    expect(texts.slice(0, 5)).toEqual(ARTICLE_RU.slice(0, 5))
  })

  test('Ctrl+Enter confirms the copied source and the next segment keeps its text', async ({
    page,
    request,
    document,
  }) => {
    await page.goto(`/documents/${document.id}/translate/ru`)
    await copySourceIntoSegment4(page)
    await page.keyboard.press('Control+Enter')
    // English in a Russian target is an error: confirming asks first, Ctrl+Enter again confirms anyway.
    await expect(page.getByRole('alertdialog', { name: 'Confirm with errors?' })).toBeVisible()
    await page.keyboard.press('Control+Enter')
    await expect(editor(page, 5)).toBeFocused()
    await expect(editor(page, 5)).toHaveText(ARTICLE_RU[4]!)
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    const texts = await storedTexts(request, document.id)
    expect(texts[3]).toContain('Peoples of the two countries forged')
    expect(texts[4]).toBe(ARTICLE_RU[4])
  })

  test('a click on another row after the copy leaves that row as it was', async ({ page, request, document }) => {
    await page.goto(`/documents/${document.id}/translate/ru`)
    await copySourceIntoSegment4(page)
    await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
    await expect(editor(page, 2)).toBeFocused()
    await expect(editor(page, 2)).toHaveText(ARTICLE_RU[1]!)
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    const texts = await storedTexts(request, document.id)
    expect(texts[1]).toBe(ARTICLE_RU[1])
    expect(texts[3]).toContain('Peoples of the two countries forged')
  })

  test('typing over the copied text, then Ctrl+Up: the previous segment keeps its text', async ({
    page,
    request,
    document,
  }) => {
    await page.goto(`/documents/${document.id}/translate/ru`)
    await copySourceIntoSegment4(page)
    await page.keyboard.press('Control+a')
    await page.keyboard.type('Новый перевод')
    await page.keyboard.press('Control+ArrowUp')
    await expect(editor(page, 3)).toBeFocused()
    await expect(editor(page, 3)).toHaveText(ARTICLE_RU[2]!)
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    const texts = await storedTexts(request, document.id)
    expect(texts[2]).toBe(ARTICLE_RU[2])
    expect(texts[3]).toBe('Новый перевод')
  })
})

/**
 * Sends Ctrl+Enter, then `text` key by key (or `insert` as one input, as a text expander does),
 * in one burst: the browser gets every event in order, without waiting for the page in between.
 */
async function burst(page: Page, text: string, insert?: string) {
  const cdp = await page.context().newCDPSession(page)
  const key = (type: 'keyDown' | 'keyUp', key: string, code: string, keyCode: number, modifiers = 0) =>
    cdp.send('Input.dispatchKeyEvent', {
      type,
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      modifiers,
      ...(type === 'keyDown' && key.length === 1 ? { text: key } : {}),
    })
  await Promise.all([
    key('keyDown', 'Control', 'ControlLeft', 17, 2),
    key('keyDown', 'Enter', 'Enter', 13, 2),
    key('keyUp', 'Enter', 'Enter', 13, 2),
    key('keyUp', 'Control', 'ControlLeft', 17),
    ...[...text].flatMap((c) => {
      const code = `Key${c.toUpperCase()}`
      const keyCode = c.toUpperCase().charCodeAt(0)
      return [key('keyDown', c, code, keyCode), key('keyUp', c, code, keyCode)]
    }),
    ...(insert ? [cdp.send('Input.insertText', { text: insert })] : []),
  ])
}

// Segment 2, not 1: segment 1's source has dates, and confirming a target without them asks first (e2e/qa.spec.ts).
test.describe('keys typed right after Ctrl+Enter land in the next segment', () => {
  test('keys sent in one burst, faster than a frame', async ({ page, request, document }) => {
    await page.goto(`/documents/${document.id}/translate/ru`)
    await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
    await expect(editor(page, 2)).toBeFocused()
    await page.keyboard.type('Первый')
    await burst(page, 'abc')
    await expect(editor(page, 3)).toHaveText('abc')
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    expect((await storedTexts(request, document.id)).slice(1, 3)).toEqual(['Первый', 'abc'])
  })

  test('text inserted at once, as a text expander does', async ({ page, document }) => {
    await page.goto(`/documents/${document.id}/translate/ru`)
    await page.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
    await expect(editor(page, 2)).toBeFocused()
    await page.keyboard.type('Первый')
    await burst(page, '', 'Второй абзац')
    await expect(editor(page, 3)).toHaveText('Второй абзац')
  })
})
