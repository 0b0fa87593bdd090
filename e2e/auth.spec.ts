import { expect, test } from './fixtures'
import { demoAccount } from './auth-state'

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } })

  test('a visitor is sent to sign-in, and sees nothing of the document through the API', async ({ page, request }) => {
    await page.goto('/documents')
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdocuments$/)
    await expect(page.getByRole('heading', { name: 'Sign in to Parallel' })).toBeVisible()
    // The top bar offers no page a visitor cannot open, only the interface language.
    const bar = page.getByRole('banner')
    for (const name of ['My work', 'Documents', 'Import file', 'Glossary'])
      await expect(bar.getByRole('link', { name, exact: true })).toHaveCount(0)
    await expect(bar.getByRole('combobox')).toBeVisible()
    const anonymous = await request.get('/api/documents')
    expect(anonymous.status()).toBe(401)
    expect(await anonymous.json()).toMatchObject({ error: { code: 'auth.required' } })
  })

  test('a sign-in sent before the page is interactive never puts the password in the address', async ({ browser }) => {
    // No JavaScript: what a person typing fast on a slow connection sends before hydration.
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [] } })
    const page = await context.newPage()
    await page.goto('/sign-in')
    await page.getByLabel('Email').fill('someone@parallel.local')
    await page.getByLabel('Password').fill('secret words 1234')
    await page.getByLabel('Password').press('Enter')
    await page.waitForLoadState()
    expect(page.url()).not.toContain('secret')
    expect(page.url()).not.toContain('password')
    await context.close()
  })

  test('a wrong password says so without telling whether the email exists; the right one signs in', async ({
    page,
  }) => {
    const { email, password } = demoAccount('translator')
    await page.goto('/sign-in?next=/documents')
    await page.getByLabel('Email').fill('nobody@parallel.local')
    await page.getByLabel('Password').fill('wrong password')
    await page.getByLabel('Password').press('Enter')
    const unknown = await page.getByRole('alert').textContent()
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('wrong password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert')).toHaveText(unknown!)
    await page.getByLabel('Password').fill(password)
    await page.getByLabel('Password').press('Enter')
    await expect(page).toHaveURL(/\/documents$/)
  })
})

test('every response carries the security headers', async ({ request }) => {
  const response = await request.get('/sign-in')
  const headers = response.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
})

test('a change posted from another site with the session cookie is refused', async ({ request }) => {
  const response = await request.post('/api/documents', {
    data: { title: 'Cross-site', sourceLang: 'en', text: 'Hello.' },
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  })
  expect(response.status()).toBe(403)
  expect(await response.json()).toMatchObject({ error: { code: 'auth.crossSite' } })
})

test('a translator of Russian cannot open the new-document page', async ({ signedInAs }) => {
  const page = await signedInAs('translator')
  const response = await page.goto('/documents/new')
  expect(response?.status()).toBe(403)
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible()
})
