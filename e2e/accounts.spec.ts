import { expect, test } from './fixtures'

// The admin adds a person on the Users page; that person signs in with the password shown once, makes
// an API token on the Account page, uses it, revokes it, and changes their password.
test('an admin adds a person, who makes and revokes a token and changes their password', async ({
  page,
  browser,
  baseURL,
}) => {
  const stamp = Date.now()
  const email = `olga.${stamp}@parallel.local`
  await page.goto('/users')
  const form = page.getByRole('form', { name: 'Add person' })
  await form.getByLabel('Email').fill(email)
  await form.getByLabel('Name').fill(`Olga ${stamp}`)
  await form.getByLabel('Role').selectOption('translator')
  await form.getByLabel('Add language').fill('ru')
  await form.getByRole('button', { name: 'Add language' }).click()
  await form.getByRole('button', { name: 'Add person' }).click()
  const password = await form.getByLabel('Password', { exact: true }).inputValue()
  expect(password).toMatch(/^[\w-]{24}$/)
  await expect(page.getByRole('row', { name: new RegExp(`Olga ${stamp}`) })).toContainText(email)

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: 'en-US' })
  const olga = await context.newPage()
  await olga.goto('/sign-in?next=/account')
  await olga.getByLabel('Email').fill(email)
  await olga.getByLabel('Password').fill(password)
  await olga.getByLabel('Password').press('Enter')
  // Signing in hashes the password (scrypt): seconds on a busy machine.
  await expect(olga.getByRole('heading', { name: 'Account' })).toBeVisible({ timeout: 30_000 })
  await expect(olga.getByRole('link', { name: 'Users' })).toHaveCount(0)

  await olga.getByLabel('Label').fill('nightly')
  await olga.getByRole('button', { name: 'Create token' }).click()
  const token = await olga.getByLabel('New token').inputValue()
  const me = await context.request.get(`${baseURL}/api/me`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(await me.json()).toMatchObject({ email, role: 'translator', langs: ['ru'] })

  await olga.getByRole('button', { name: 'Revoke “nightly”' }).click()
  await olga.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click()
  await expect(olga.getByText('You have no API tokens.')).toBeVisible()
  const after = await context.request.get(`${baseURL}/api/me`, { headers: { authorization: `Bearer ${token}` } })
  expect(after.status()).toBe(401)

  await olga.getByLabel('Current password').fill(password)
  await olga.getByLabel('New password', { exact: true }).fill('a brand new password')
  await olga.getByLabel('New password again').fill('a brand new password')
  await olga.getByRole('button', { name: 'Change password' }).click()
  await expect(olga.getByRole('status').filter({ hasText: 'Password changed' })).toHaveText(
    'Password changed. Other sessions were signed out.',
  )
  await context.close()
})

test('a translator gets the 403 page on Users, and no Users link', async ({ signedInAs }) => {
  const translator = await signedInAs('translator')
  const response = await translator.goto('/users')
  expect(response?.status()).toBe(403)
  await expect(translator.getByRole('link', { name: 'Account' })).toBeVisible()
  await expect(translator.getByRole('link', { name: 'Users' })).toHaveCount(0)
})
