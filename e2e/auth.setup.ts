import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test as setup } from '@playwright/test'
import { parseDemoAccounts } from '../lib/server/users/demo-accounts'
import { DEMO_ACCOUNTS_FILE, storageStateOf } from './auth-state'

// Signs each demo account in once (the server made them with random passwords) and keeps its cookies,
// so tests start signed in instead of each signing in (which the rate limit would refuse).
setup('sign in the demo accounts', async ({ playwright, baseURL }) => {
  mkdirSync('.tmp/e2e-auth', { recursive: true })
  for (const account of parseDemoAccounts(readFileSync(DEMO_ACCOUNTS_FILE, 'utf8'))) {
    const request = await playwright.request.newContext({ baseURL })
    const response = await request.post('/api/auth/sign-in/email', {
      data: { email: account.email, password: account.password },
      headers: { origin: baseURL! },
    })
    expect(response.status(), `sign in as ${account.email}`).toBe(200)
    await request.storageState({ path: storageStateOf(account.role) })
    await request.dispose()
  }
  // The server loads a spelling dictionary on its first use, on its request thread (seconds for
  // Russian on this machine; off that thread is issue #13's work): load it once here, so no test's
  // save waits behind it.
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf('admin') })
  const warm = await admin.post('/api/spelling/check', { data: { lang: 'ru', text: 'Проверка' }, timeout: 120_000 })
  expect(warm.status(), 'the Russian dictionary loads').toBe(200)
  await admin.dispose()
})
