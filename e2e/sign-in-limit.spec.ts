import { rmSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { prepareDatabase, startServer } from './server-process'

// Sign-in limits on a server of this test's own (its own PGlite folder and port): the shared e2e server's
// sign-ins must not share the limits spent here.

const dataDir = path.resolve('.tmp/e2e-sign-in-limit/pglite')
const baseEnv = {
  ...process.env,
  PARALLEL_DATA_DIR: dataDir,
  DATABASE_URL: '',
  PARALLEL_SKIP_SEED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
}

const signIn = (base: string, body: { email: string; password: string }, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body: JSON.stringify(body),
  })

test('sign-in limits count the real client address and answer in the person’s language', async ({ page }) => {
  test.setTimeout(180_000)
  rmSync(path.dirname(dataDir), { recursive: true, force: true })
  const admin = prepareDatabase(baseEnv)

  // No trusted proxy: an X-Forwarded-For the client made up does not make it a new address.
  const direct = await startServer({ ...baseEnv, PARALLEL_TRUSTED_PROXIES: '0' })
  const guessed = { email: 'nobody@example.test', password: 'not the password' }
  try {
    for (let k = 0; k < 10; k++) {
      const wrong = await signIn(direct.base, guessed, { 'x-forwarded-for': `203.0.113.${k + 1}` })
      expect(wrong.status).toBe(401)
    }
    const refused = await signIn(direct.base, guessed, { 'x-forwarded-for': '203.0.113.99', 'accept-language': 'ru' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await refused.json()) as { code: string; error: { code: string; message: string } }
    expect(body.code).toBe('TOO_MANY_REQUESTS')
    expect(body.error.code).toBe('auth.tooManyAttempts')
    expect(body.error.message).toMatch(/^Слишком много попыток входа\. Попробуйте снова через 1[45] минут\.$/)

    // The sign-in page, from the same address, says how long to wait.
    await page.goto(`${direct.base}/sign-in`)
    await page.getByLabel('Email').fill(guessed.email)
    await page.getByLabel('Password').fill(guessed.password)
    await page.getByLabel('Password').press('Enter')
    await expect(page.locator('#sign-in-error')).toHaveText(
      /^Too many sign-in attempts\. Try again in 1[45] minutes\.$/,
    )

    // Colleagues behind one office address: more typos than 10 a minute there, of other accounts, do not
    // refuse a person who knows their password (better-auth's limit per address was 10 a minute).
    for (let k = 0; k < 5; k++)
      expect((await signIn(direct.base, { email: `typo-${k}@example.test`, password: 'mistyped' })).status).toBe(401)
    expect((await signIn(direct.base, admin)).status).toBe(200)
  } finally {
    await direct.stop()
  }

  // Behind one proxy: guesses from one client lock out that client, not the person signing in elsewhere.
  const proxied = await startServer({ ...baseEnv, PARALLEL_TRUSTED_PROXIES: '1' })
  try {
    const attacker = { 'x-forwarded-for': '192.0.2.1, 203.0.113.9' }
    for (let k = 0; k < 10; k++)
      expect((await signIn(proxied.base, { email: admin.email, password: 'a wrong guess' }, attacker)).status).toBe(401)
    const attackerAgain = await signIn(proxied.base, admin, attacker)
    expect(attackerAgain.status).toBe(429)
    expect(((await attackerAgain.json()) as { error: { message: string } }).error.message).toMatch(
      /^Too many sign-in attempts\. Try again in \d+ minutes?\.$/,
    )
    const owner = await signIn(proxied.base, admin, { 'x-forwarded-for': '198.51.100.4' })
    expect(owner.status).toBe(200)
  } finally {
    await proxied.stop()
  }
})
