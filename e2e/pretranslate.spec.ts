import { makeDocumentWithRussian as makeDocument } from './documents-api'
import { expect, test } from './fixtures'

test('pre-translating fills empty segments from the memory as drafts marked with their origin', async ({
  page,
  request,
}) => {
  // A word of its own, so units of other tests cannot match.
  const word = `Quandor${Date.now().toString(36)}`
  const [opening, twin, closing, other] = [
    `The ${word} manual begins here.`,
    `Turn the ${word} dial to the left.`,
    `The ${word} lamp turns green.`,
    `Press the ${word} button twice.`,
  ]
  const memoryTitle = `Memory source ${word}`
  const source = await makeDocument(request, memoryTitle, [opening, twin, closing, other])
  for (const [index, text] of [
    [1, `Поверните ручку ${word} влево.`],
    [3, `Дважды нажмите кнопку ${word}.`],
  ] as const) {
    const saved = await request.patch(`/api/segments/${source.segmentIds[index]}`, {
      data: { version: 1, html: `<p><strong>${text}</strong></p>`, status: 'translated' },
    })
    expect(saved.status()).toBe(200)
  }
  // The twin keeps its neighbours (in context); the other sentence follows a new one (100%, not in context).
  const target = await makeDocument(request, `Memory target ${word}`, [
    opening,
    twin,
    closing,
    `Something new about ${word}.`,
    other,
  ])

  await page.goto(`/documents/${target.id}`)
  const action = page.getByRole('button', { name: 'Pre-translate from memory: Russian' })
  await action.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Pre-translate the Russian translation from the memory?' })
  await expect(dialog).toContainText('Segments with text are not changed.')
  await expect(dialog.getByRole('button', { name: 'Pre-translate' })).toBeFocused()
  await page.keyboard.press('Enter')
  const result = dialog.getByTestId('pretranslate-result')
  await expect(result).toContainText('2 segments filled from the memory: 1 exact, 1 in context.')
  await expect(result).toContainText('3 empty segments are left to translate.')
  await dialog.getByRole('link', { name: 'Open editor' }).click()

  const second = page.getByRole('row', { name: 'Segment 2', exact: true })
  await expect(second.getByTestId('row-status')).toHaveText('Draft')
  await expect(second.getByRole('button', { name: 'Edit segment 2', exact: true })).toHaveText(
    `Поверните ручку ${word} влево.`,
  )
  await expect(second.locator('strong')).toHaveText(`Поверните ручку ${word} влево.`)
  const inContext = second.getByTestId('pretranslated')
  await expect(inContext).toContainText('TM in context')
  await expect(inContext).toHaveAttribute('title', new RegExp(memoryTitle))
  const fifth = page.getByRole('row', { name: 'Segment 5', exact: true })
  await expect(fifth.getByTestId('pretranslated')).toContainText('TM 100%')
  await expect(page.getByRole('row', { name: 'Segment 4', exact: true }).getByTestId('row-status')).toHaveText('Empty')
  await expect(page.getByTestId('pretranslated')).toHaveCount(2)

  // A person's edit is theirs: the mark goes once it is saved.
  await second.getByRole('button', { name: 'Edit segment 2', exact: true }).click()
  const editor = page.getByRole('textbox', { name: 'Edit segment 2' })
  await expect(editor).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type(' Осторожно.')
  // The save waits for the first spelling check of Russian, which loads its dictionary (seconds on a busy machine).
  await expect(second.getByTestId('pretranslated')).toHaveCount(0, { timeout: 60_000 })
  await expect(fifth.getByTestId('pretranslated')).toHaveCount(1)
})
