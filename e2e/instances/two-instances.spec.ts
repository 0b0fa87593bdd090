import { expect, test } from '../fixtures'

// The config's baseURL is instance A; instance B listens on the next port.
const instanceB = (baseURL: string) => baseURL.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`)

test('an edit made through instance A appears, without a reload, in a browser on instance B', async ({
  page,
  signedInAs,
  document,
  baseURL,
}) => {
  const path = `/documents/${document.id}/translate/ru`
  const onB = await signedInAs('translator')
  await Promise.all([page.goto(path), onB.goto(`${instanceB(baseURL!)}${path}`)])
  await expect(page.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await expect(onB.locator('.wb[data-hydrated="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  // Presence crosses instances too.
  await expect(onB.getByRole('row', { name: 'Segment 3', exact: true }).getByTestId('open-for')).toHaveText(
    'Open for Ada Admin',
  )
  const saved = page.waitForResponse(
    (r) => r.url().includes('/api/segments/') && r.request().method() === 'PATCH' && r.ok(),
  )
  await page.keyboard.type('Правка через экземпляр A')
  await saved
  await expect(onB.getByRole('row', { name: 'Segment 3', exact: true })).toContainText('Правка через экземпляр A')
})
